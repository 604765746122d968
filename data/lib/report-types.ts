// The structure checkDataset returns; written as public/data/checks.json for the app's data view.
// Defined in src/types/checkReport.ts, which the app reads too (src/ does not import data/lib).
export type * from '../../src/types/checkReport'
