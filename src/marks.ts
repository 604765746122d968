// Names of the performance marks the app sets and the benchmark and browser tests wait for.
// One definition, imported by both sides: renaming a mark here renames it in the tests, and a
// mark the app stops setting makes those tests fail instead of passing without it.
export const MARKS = {
  /** The first headline figures are on screen (from the snapshot or the engine). */
  firstKpi: 'first-kpi',
  /** The tracker's rows are on screen (from the bundled snapshot before DuckDB has answered, else from DuckDB). */
  trackerRows: 'tracker-rows',
  /** The first view rendered from DuckDB's data. */
  dashboardReady: 'dashboard-ready',
  /** DuckDB-WASM has started. */
  engineReady: 'engine-ready',
} as const

export type ReadyMark = typeof MARKS.firstKpi | typeof MARKS.trackerRows | typeof MARKS.dashboardReady
