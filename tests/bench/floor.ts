// The floor the app cannot beat: start DuckDB-WASM from the same self-hosted bundle, load the
// same Parquet files by the same path (hyparquet → Arrow → DuckDB), run one query. No Vue.
import { getConnection } from '../../src/db/client'
import { loadManifestDataset } from '../../src/db/dataset'
import { queryRows } from '../../src/db/query'

const out = document.getElementById('out')!
// The same step marks as the app (engine-ready, dataset-loaded), so the bench can say where the difference goes.
getConnection()
  .then(() => performance.mark('engine-ready'))
  .then(() => loadManifestDataset('/data/manifest.json'))
  .then(() => performance.mark('dataset-loaded'))
  .then(() => queryRows<{ n: number }>('SELECT count(*) AS n FROM observations'))
  .then(([row]) => {
    out.textContent = `observations: ${row.n}`
    performance.mark('floor-ready')
  })
  .catch((err) => (out.textContent = `error: ${String(err)}`))
