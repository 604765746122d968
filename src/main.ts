// Start-up order matters for time-to-first-figure: DuckDB-WASM (~34 MB of wasm) and the
// bundled Parquet start downloading before Vue and the views are even parsed; a small
// snapshot of the headline targets lets the overview show figures before DuckDB is ready.
import { getConnection } from './db/client'
import { prefetchManifestDataset } from './db/dataset'
import { BUNDLED_MANIFEST, BUNDLED_SNAPSHOT, usesBundledDataOnly } from './bootConfig'

void getConnection().catch(() => undefined) // errors are shown by the dataset store
void prefetchManifestDataset(BUNDLED_MANIFEST)
// Never flash figures from another dataset: the snapshot is only for the bundled data.
const snapshot = usesBundledDataOnly() ? fetch(BUNDLED_SNAPSHOT).then((r) => (r.ok ? r.json() : null)).catch(() => null) : Promise.resolve(null)
void import('./app').then(({ mountApp }) => mountApp(snapshot))
