// Engine start-up, imported statically by main.ts so it runs before the Vue app. The bundled
// Parquet is not fetched here: the dataset store fetches and decodes it once the app has mounted,
// still while the engine compiles (db/dataset.ts); fetched earlier, it competed with the JS the
// first figures need (measured: first-kpi later, dashboard-ready no sooner).
import { engineWorkerRequested, getConnection } from './db/client'

/** Start the engine; resolves once its worker script has been requested (see engineWorkerRequested). */
export function startEngine(): Promise<void> {
  void getConnection().catch(() => undefined) // errors are shown by the dataset store
  return engineWorkerRequested()
}
