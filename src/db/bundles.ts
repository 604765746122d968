// Self-hosted DuckDB-WASM bundles: Vite copies these files into the build and gives their URLs,
// so nothing is fetched from a CDN. `selectBundle` picks `eh` (wasm exceptions) or `mvp` at runtime.
import * as duckdb from '@duckdb/duckdb-wasm'
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'

export const SELF_HOSTED_BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
}

export function pickBundle(): Promise<duckdb.DuckDBBundle> {
  return duckdb.selectBundle(SELF_HOSTED_BUNDLES)
}
