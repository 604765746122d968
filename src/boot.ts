// Engine start-up, in its own chunk so it downloads in parallel with the Vue app. The bundled
// Parquet is not prefetched: it is small, and fetching it early only competes with the JS the
// first figures need (measured: first-kpi later, dashboard-ready no sooner).
import { getConnection } from './db/client'

export function startEngine(): void {
  void getConnection().catch(() => undefined) // errors are shown by the dataset store
}
