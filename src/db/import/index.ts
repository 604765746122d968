// The importer's public surface (used by src/stores/imports.ts).
export { applyPrepared, prepareLoad, type PreparedLoad } from './pipeline'
export { dropLoad } from './context'
export { dropUndo, undoLastApply } from './apply'
export { rejectedRows, type RejectedRows } from './rejected'
export { rejectedFileName, rejectedRowsCsv } from './rejectedCsv'
export { fetchDataFile, isManifestUrl } from './remote'
export {
  clearPersisted, listPersisted, removePersisted, savePersisted, setUserDataFlag, StorageProblem, type PersistedImport,
} from './persist'
export type * from './types'
