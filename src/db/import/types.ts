// Shapes shared by the import pipeline, the imports store and the preview components.
// Everything here is plain data (no Arrow, no DuckDB handles) so Pinia can hold it.
import type { TableName } from '../../types/contract'
import type { StatusChange } from '../../types/statusChange'
export type { StatusChange, StatusJudge } from '../../types/statusChange'

/** One file brought in by the picker, a drop, ?data= or a replay from storage. */
export interface ImportFile {
  name: string
  /** The original bytes, kept as a Blob so large files stay off the JS heap. */
  blob: Blob
}

export type FileFormat = 'parquet' | 'csv' | 'xlsx'
export type Severity = 'error' | 'warning' | 'info'

/**
 * A message for the user: `code` selects `importer.msg.<code>`; `params` always carry
 * `file` and, where it applies, `column`, `row`, `value`, `other`.
 */
export interface ImportMessage {
  code: string
  severity: Severity
  params: Record<string, string | number>
}

/** An existing figure that the import would replace (old → new). */
export interface ChangeSample {
  key: string
  column: string
  before: string
  after: string
}

export interface FilePreview {
  /** Position in the load (0-based), also the staging tables' `__file`. */
  index: number
  name: string
  size: number
  format: FileFormat | null
  /** For CSV: the text encoding it was read as. */
  encoding: string | null
  /** What the file is read as; null when it could not be told. */
  table: TableName | null
  /** Data rows read (0 when the file could not be read). */
  rows: number
  newRows: number
  changedRows: number
  unchangedRows: number
  rejectedRows: number
  /** The file cannot be used at all (unreadable, wrong columns). */
  fatal: boolean
  changes: ChangeSample[]
  /** A few of the rows that would be added, as display text. */
  newSample: Record<string, string>[]
  messages: ImportMessage[]
}

export interface LoadPreview {
  /** Identifies the staged load; apply/cancel refer to it. */
  loadId: number
  label: string
  files: FilePreview[]
  statusChanges: StatusChange[]
  /** Names to show for the targets in `statusChanges`. */
  names: { indicators: Record<string, { zh: string; en: string }>; entities: Record<string, { zh: string; en: string }> }
  goodRows: number
  rejectedRows: number
}

export interface ImportProgress {
  file: string
  step: 'reading' | 'decoding' | 'validating' | 'applying'
  rowGroup?: number
  rowGroups?: number
  rows?: number
}
