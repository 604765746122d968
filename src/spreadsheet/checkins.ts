// Check-ins: a figure a person records on a target's page, with its source and a note. Pure
// rules here (validation, the observations rows a check-in becomes); the store keeps them.
import { parsePrintedNumber, type PrintedProblem } from './printedNumber'
import type { ExportTable } from '../export/trackerTable'

export interface CheckIn {
  id: string
  targetId: string
  indicatorId: string
  entityId: string
  year: number
  value: number
  /** As typed (1.9万), kept for the history line. */
  typed: string
  sourceDoc: string
  sourceRef: string
  note: string
  reporter: string
  recordedAt: string
  /** The import that carries it (imports store history id); null once undone. */
  importId: string | null
}

export interface CheckInDraft {
  value: string
  year: string
  sourceDoc: string
  sourceRef: string
  note: string
  reporter: string
}

export type DraftProblem = { field: 'value'; problem: PrintedProblem } | { field: 'year' | 'sourceDoc' | 'sourceRef' }

/** What is wrong with a draft before it goes to the import checks (which run too). */
export function draftProblems(d: CheckInDraft, unit: string | null): { problems: DraftProblem[]; value: number | null; year: number | null } {
  const problems: DraftProblem[] = []
  const parsed = parsePrintedNumber(d.value, unit)
  if (!parsed.ok) problems.push({ field: 'value', problem: parsed.problem })
  const year = /^\d{4}$/.test(d.year.trim()) ? Number(d.year.trim()) : null
  if (year === null) problems.push({ field: 'year' })
  if (!d.sourceDoc.trim()) problems.push({ field: 'sourceDoc' })
  if (!d.sourceRef.trim()) problems.push({ field: 'sourceRef' })
  return { problems, value: parsed.ok ? parsed.value : null, year }
}

/** The quote column carries the note and who reported it, so the provenance travels with the row. */
export function checkInQuote(c: Pick<CheckIn, 'note' | 'reporter'>): string {
  return [c.note.trim(), c.reporter.trim() ? `（${c.reporter.trim()}）` : ''].filter(Boolean).join(' ')
}

const OBS_COLUMNS = [
  { key: 'indicator_id', type: 'string' }, { key: 'entity_id', type: 'string' }, { key: 'year', type: 'int' }, { key: 'value', type: 'double' },
  { key: 'source_doc', type: 'string' }, { key: 'source_ref', type: 'string' }, { key: 'quote', type: 'string' },
] as const

/** Check-ins as an observations table (contract column names), for CSV, Parquet and xlsx alike. */
export function checkInTable(list: readonly CheckIn[]): ExportTable {
  return {
    columns: OBS_COLUMNS.map((c) => ({ key: c.key, label: c.key, type: c.type })),
    rows: list.map((c) => [c.indicatorId, c.entityId, c.year, c.value, c.sourceDoc.trim(), c.sourceRef.trim(), checkInQuote(c)]),
  }
}
