// Start-up order matters for time-to-first-figure: DuckDB-WASM (~34 MB of wasm) and the
// bundled Parquet start downloading before Vue and the views are even parsed.
import { getConnection } from './db/client'
import { prefetchManifestDataset } from './db/dataset'
import { BUNDLED_MANIFEST } from './bootConfig'

void getConnection().catch(() => undefined) // errors are shown by the dataset store
void prefetchManifestDataset(BUNDLED_MANIFEST)
void import('./app').then(({ mountApp }) => mountApp())
