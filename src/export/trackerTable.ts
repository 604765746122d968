// The tracker's rows as a table to take away (CSV, Parquet): raw figures for analysis and
// the same words the screen shows for people. Pure: wording comes in with `text`.
import type { TargetEvaluation } from '../tracking'
import type { CsvCell } from './csv'

export type ColumnType = 'string' | 'double' | 'int'

export interface ExportColumn {
  /** Stable machine name (the Parquet column). */
  key: string
  /** The header a person reads (the CSV header, in the UI's language). */
  label: string
  type: ColumnType
}

export interface ExportTable {
  columns: ExportColumn[]
  rows: CsvCell[][]
}

export interface TrackerTableText {
  /** Column header for a key (translated). */
  header: (key: string) => string
  entityName: (id: string) => string
  indicatorName: (id: string) => string
  levelName: (indicatorId: string) => string
  targetText: (ev: TargetEvaluation) => string
  value: (v: number | null, indicatorId: string) => string
  gapText: (ev: TargetEvaluation) => string
  statusText: (ev: TargetEvaluation) => string
  deadlineText: (ev: TargetEvaluation) => string
  bindingText: (binding: string | null) => string
  documentTitle: (doc: string) => string
}

const COLUMNS: readonly [key: string, type: ColumnType, cell: (ev: TargetEvaluation, x: TrackerTableText, asOf: string) => CsvCell][] = [
  ['target_id', 'string', (ev) => ev.target.target_id],
  ['entity_id', 'string', (ev) => ev.target.entity_id],
  ['entity_name', 'string', (ev, x) => x.entityName(ev.target.entity_id)],
  ['indicator_id', 'string', (ev) => ev.target.indicator_id],
  ['indicator_name', 'string', (ev, x) => x.indicatorName(ev.target.indicator_id)],
  ['education_level', 'string', (ev, x) => x.levelName(ev.target.indicator_id)],
  ['baseline_year', 'int', (ev) => ev.target.baseline_year],
  ['baseline_value', 'double', (ev) => ev.target.baseline_value],
  ['comparator', 'string', (ev) => ev.target.comparator],
  ['target_value', 'double', (ev) => ev.target.target_value],
  ['target_year', 'int', (ev) => ev.target.target_year],
  ['target_text', 'string', (ev, x) => x.targetText(ev)],
  // As the tracker shows it: the latest actual figure; a baseline is not one.
  ['latest_year', 'int', (ev) => (ev.latest?.kind === 'observation' ? ev.latest.year : null)],
  ['latest_value', 'double', (ev) => (ev.latest?.kind === 'observation' ? ev.latest.value : null)],
  ['latest_text', 'string', (ev, x) => (ev.latest?.kind === 'observation' ? x.value(ev.latest.value, ev.target.indicator_id) : '')],
  ['sources_conflict', 'string', (ev) => (ev.conflict ? 'yes' : 'no')],
  ['gap', 'double', (ev) => ev.gap],
  ['gap_text', 'string', (ev, x) => x.gapText(ev)],
  ['status', 'string', (ev) => ev.status],
  ['status_text', 'string', (ev, x) => x.statusText(ev)],
  ['deadline_text', 'string', (ev, x) => x.deadlineText(ev)],
  ['binding', 'string', (ev, x) => x.bindingText(ev.target.binding)],
  ['source_doc', 'string', (ev, x) => x.documentTitle(ev.target.source_doc)],
  ['source_ref', 'string', (ev) => ev.target.source_ref],
  ['as_of', 'string', (_ev, _x, asOf) => asOf],
]

export const TRACKER_EXPORT_KEYS: readonly string[] = COLUMNS.map(([key]) => key)

/** A column shown beside the tracker's own (a scenario's projected status): appended as is. */
export interface ExtraColumn extends ExportColumn {
  cell: (ev: TargetEvaluation) => CsvCell
}

export function trackerTable(rows: readonly TargetEvaluation[], x: TrackerTableText, asOfIso: string, extra: readonly ExtraColumn[] = []): ExportTable {
  return {
    columns: [...COLUMNS.map(([key, type]) => ({ key, type, label: x.header(key) })), ...extra.map(({ key, label, type }) => ({ key, label, type }))],
    rows: rows.map((ev) => [...COLUMNS.map(([, , cell]) => cell(ev, x, asOfIso)), ...extra.map((c) => c.cell(ev))]),
  }
}
