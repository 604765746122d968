// Engine start-up, in its own chunk so it downloads in parallel with the Vue app.
import { getConnection } from './db/client'
import { prefetchManifestDataset } from './db/dataset'
import { BUNDLED_MANIFEST } from './bootConfig'

export function startEngine(prefetchBundled: boolean): void {
  void getConnection().catch(() => undefined) // errors are shown by the dataset store
  if (prefetchBundled) void prefetchManifestDataset(BUNDLED_MANIFEST)
}
