// Start-up order matters for time-to-first-figure. Three things start at once: DuckDB-WASM
// (~34 MB of wasm), the Vue app, and a small snapshot of the
// headline targets that lets the overview show figures before DuckDB is ready.
import { BUNDLED_SNAPSHOT, usesBundledDataOnly } from './bootConfig'
import { isPresenterWindow } from './present/window'

const bundledOnly = usesBundledDataOnly()
// The presenter's notes window is fed by the audience window (src/present/window.ts): no engine there.
const engineWanted = !isPresenterWindow()
if (engineWanted) void import('./boot').then(({ startEngine }) => startEngine())
// Never flash figures from another dataset: the snapshot is only for the bundled data.
const snapshot = bundledOnly && engineWanted ? fetch(BUNDLED_SNAPSHOT).then((r) => (r.ok ? r.json() : null)).catch(() => null) : Promise.resolve(null)
void import('./app').then(({ mountApp }) => mountApp(snapshot))
// A link to a partitioned dataset: its first slices are fetched while DuckDB starts (the two are
// independent, and both take seconds at national scale).
const link = new URLSearchParams(location.search).get('data')
if (link && engineWanted) void import('./db/partitioned/sliceClient').then(({ readAheadLink }) => readAheadLink(link))
