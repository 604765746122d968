// The data-check report: what `npm run data` / `data:check` (data/lib/check.ts) write as
// public/data/checks.json, and what the app's data view reads (src/queries/checksReport.ts).
// It lives in src/ because both sides need it and src/ never imports data/lib (eslint.config.js).
import type { Observation } from './contract'

/** An observation as a document prints it (the contract's row without its finer date). */
export type PrintedFigure = Omit<Observation, 'period_end'>

/** A problem of the curation found by the data scripts. */
export interface Issue {
  /** Short machine-readable kind, e.g. `unknown_entity`, `duplicate_key`, `not_a_number`. */
  code: string
  message: string
  file?: string
  line?: number
  column?: string
}

/** A row as cited in the report: value plus where the document prints it and where we recorded it. */
export interface CitedValue extends PrintedFigure {
  note: string | null
  /** `d003/observations.tsv:12` */
  at: string
}

/** One sums.tsv check: does the printed total equal the sum of its printed parts? */
export interface SumCheck {
  check_id: string
  kind: string
  total: CitedValue
  parts: CitedValue[]
  parts_sum: number
  /** total − parts_sum */
  difference: number
  adds_up: boolean
}

/** Same (indicator_id, entity_id, year) recorded with different values by different rows. */
export interface Conflict {
  indicator_id: string
  entity_id: string
  year: number
  values: CitedValue[]
}

/** A printed share compared with the share computed from its formula's parts. */
export interface DerivedCheck {
  kind: 'observation' | 'target' | 'target_baseline'
  indicator_id: string
  formula: string
  printed: CitedValue
  inputs: CitedValue[]
  computed: number
  /** printed − computed */
  difference: number
  /** percent: 0.15 percentage points; other units: one unit of the printed value's last decimal. */
  tolerance: number
  within_tolerance: boolean
}

export interface ReportCounts {
  indicators: number
  entities: number
  targets: number
  observations: number
  conflicts: number
  sums_checked: number
  sums_failed: number
  derived_checked: number
  derived_mismatches: number
  errors: number
  warnings: number
}

export interface CheckReport {
  /** False when there are errors of ours (the curation), which fail `npm run data` / `data:check`. */
  ok: boolean
  folders: string[]
  counts: ReportCounts
  /** Our errors: broken references, duplicates, bad vocabularies, unreadable cells … */
  errors: Issue[]
  warnings: Issue[]
  /** The documents' own problems, reported but never failing: */
  sums: SumCheck[]
  conflicts: Conflict[]
  derived: DerivedCheck[]
}
