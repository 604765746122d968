// Start-up order matters for time-to-first-figure. Three things start at once: DuckDB-WASM
// (~34 MB of wasm), the Vue app, and a small snapshot of the
// headline targets that lets the overview show figures before DuckDB is ready.
import { BUNDLED_HEADLINES_SNAPSHOT, BUNDLED_SNAPSHOT, usesBundledDataOnly } from './bootConfig'
import { loadSnapshot } from './queries/snapshot'
import { isPresenterWindow } from './present/window'
// Static, so the engine's worker is created before any app code runs (measured: its thread then
// starts at ~200 ms instead of ~440 ms, when the app's first long task has ended).
import { startEngine } from './boot'

const bundledOnly = usesBundledDataOnly()
// The presenter's notes window is fed by the audience window (src/present/window.ts): no engine there.
const engineWanted = !isPresenterWindow()
// The app's chunks are asked for once the engine's worker script is (a few microtasks later):
// asked for before it, they took the browser's six connections and the worker waited ~100 ms
// (npm run bench:profile).
const engineFirst = engineWanted ? startEngine() : Promise.resolve()
// Never flash figures from another dataset: the snapshot is only for the bundled data. The overview
// needs its headlines' rows alone; any other page, every target's (src/app.ts fetches those later
// when the user leaves the overview before DuckDB has answered).
const snapshotUrl = location.pathname === import.meta.env.BASE_URL ? BUNDLED_HEADLINES_SNAPSHOT : BUNDLED_SNAPSHOT
const snapshot = bundledOnly && engineWanted ? loadSnapshot(snapshotUrl) : Promise.resolve(null)
void engineFirst.then(() => import('./app')).then(({ mountApp }) => mountApp(snapshot))
// A link to a partitioned dataset: its first slices are fetched while DuckDB starts (the two are
// independent, and both take seconds at national scale).
const link = new URLSearchParams(location.search).get('data')
if (link && engineWanted) void import('./db/partitioned/sliceClient').then(({ readAheadLink }) => readAheadLink(link))
