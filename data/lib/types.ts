// Rows as loaded from data/curated/*/*.tsv: the contract's row types (src/types/contract.ts) with
// where each row came from, the curators' `note`, and controlled-vocabulary fields left as plain
// strings until checkDataset has checked them.
import type { Entity, Indicator, Observation, Target } from '../../src/types/contract'

/** Where a row was read: `file` relative to the curated dir (e.g. `d003/targets.tsv`), 1-based `line`. */
export interface Origin {
  file: string
  line: number
}

export type CuratedIndicator = Omit<Indicator, 'direction'> & { direction: string; note: string | null; origin: Origin }
export type CuratedEntity = Entity & { aliases: string | null; note: string | null; origin: Origin }
export type CuratedTarget = Omit<Target, 'comparator' | 'binding'> & {
  comparator: string
  binding: string | null
  note: string | null
  /** `standing` (no year in the text), `trigger` (an action rule, for src/warnings), null = a deadline target. */
  kind: string | null
  /** target_id of the first statement of the same goal. */
  same_goal_as: string | null
  /** `|`-separated `indicator_id@entity_id` series shown as related evidence. */
  related: string | null
  origin: Origin
}
export type CuratedObservation = Observation & { note: string | null; origin: Origin }

/** One line of a sums.tsv check (data/CURATION.md): a printed total or one of its parts. */
export interface SumRow {
  check_id: string
  kind: string
  role: string
  indicator_id: string
  entity_id: string
  year: number
  source_doc: string | null
  source_ref: string | null
  origin: Origin
}

// Shared with the app's data view (the check report carries these).
import type { Issue } from '../../src/types/checkReport'
export type { Issue }

export interface CuratedDataset {
  /** Folders read, in merge order (`common` first). */
  folders: string[]
  indicators: CuratedIndicator[]
  entities: CuratedEntity[]
  targets: CuratedTarget[]
  observations: CuratedObservation[]
  sums: SumRow[]
  /** Problems found while reading and merging (ours: the build refuses to run). */
  errors: Issue[]
  /** Oddities that do not stop the build (e.g. an unknown extra column). */
  warnings: Issue[]
}

export const CURATED_FILES = ['indicators', 'entities', 'targets', 'observations', 'sums'] as const
export type CuratedFile = (typeof CURATED_FILES)[number]

export function where(origin: Origin): string {
  return `${origin.file}:${origin.line}`
}
