// The importer's public surface (used by src/stores/imports.ts).
export { applyPrepared, prepareLoad, type PreparedLoad } from './pipeline'
export { dropLoad } from './context'
export { dropUndo, undoLastApply } from './apply'
export { rejectedRows, type RejectedRows } from './rejected'
export { placedRejectedRows, rejectedFileName, rejectedRowsCsv, rejectedRowsTable, withRefusedRows } from './rejectedCsv'
export { fetchDataFile, fetchLinkedDataset, isManifestUrl, linkProblem, type LinkProgress } from './remote'
export {
  clearPersisted, listPersisted, removePersisted, savePersisted, StorageProblem, type PersistedImport, type ReplayTrouble,
} from './persist'
export type * from './types'
