// Which files, then which row groups, can hold rows a view asks for. Pure: decided from the
// manifest (partition values, per-file min/max) and from Parquet footer statistics, before any
// data page is fetched. "May match" errs on the side of reading: no statistics means read.
import type { ColumnRange, PartitionedFile, PartitionedTable } from './manifest'

export type Scalar = string | number

/** One condition on a column; a slice is the AND of its predicates. */
export interface Predicate {
  column: string
  /** any of these values */
  values?: Scalar[]
  /** inclusive bounds */
  min?: Scalar
  max?: Scalar
}

export type Slice = Predicate[]

const NUMERIC = /^-?\d+(\.\d+)?$/

/** Compare a stored value with a wanted one: numerically when both read as numbers (hive
 * partition values are text: `year=2024`), else as text in code-point order (Parquet's order). */
export function compare(a: Scalar | bigint, b: Scalar): number {
  const an = typeof a === 'bigint' ? Number(a) : a
  if ((typeof an === 'number' || NUMERIC.test(an)) && (typeof b === 'number' || NUMERIC.test(b))) return Number(an) - Number(b)
  const as = String(an)
  const bs = String(b)
  return as < bs ? -1 : as > bs ? 1 : 0
}

/** Can a column whose values lie in [lo, hi] satisfy the predicate? */
export function rangeMayMatch(range: ColumnRange, p: Predicate): boolean {
  if (p.min !== undefined && compare(range.max, p.min) < 0) return false
  if (p.max !== undefined && compare(range.min, p.max) > 0) return false
  if (p.values) return p.values.some((v) => compare(range.min, v) <= 0 && compare(range.max, v) >= 0)
  return true
}

/** Can a file hold matching rows? Partition values are exact; stats are ranges. */
export function fileMayMatch(file: PartitionedFile, slice: Slice): boolean {
  return slice.every((p) => {
    if (p.column in file.partition) {
      const v = file.partition[p.column]
      if (v === null) return false // a null partition never equals or lies within a wanted value
      return rangeMayMatch({ min: v, max: v }, p)
    }
    const stats = file.stats?.[p.column]
    return stats ? rangeMayMatch(stats, p) : true
  })
}

export function pruneFiles(files: PartitionedFile[], slice: Slice): PartitionedFile[] {
  return files.filter((f) => fileMayMatch(f, slice))
}

/** The files of a partitioned table that may hold rows of `slice`, with absolute URLs (`base`: the manifest's). */
export function tableFiles(table: PartitionedTable, base: URL, slice: Slice): { url: string; bytes: number; partition: Record<string, string | null> }[] {
  const root = new URL(table.root.endsWith('/') ? table.root : `${table.root}/`, base)
  return pruneFiles(table.files, slice).map((f) => ({ url: new URL(f.path, root).href, bytes: f.bytes, partition: f.partition }))
}

/** The part of a Parquet footer's row group this module needs: per column min/max if written. */
export interface RowGroupStats {
  rows: number
  stats: Record<string, ColumnRange | undefined>
}

/** Indices of the row groups that may hold matching rows (partition keys already decided per file). */
export function pruneRowGroups(groups: RowGroupStats[], slice: Slice): number[] {
  const out: number[] = []
  groups.forEach((g, i) => {
    if (g.rows === 0) return
    const keep = slice.every((p) => {
      const s = g.stats[p.column]
      return s ? rangeMayMatch(s, p) : true
    })
    if (keep) out.push(i)
  })
  return out
}

/** The series of a list of targets: their indicators AND their entities (sorted, distinct). */
export function seriesSlice(pairs: { indicator_id: string; entity_id: string }[]): Slice {
  const distinct = (xs: string[]) => [...new Set(xs)].sort()
  return [
    { column: 'indicator_id', values: distinct(pairs.map((p) => p.indicator_id)) },
    { column: 'entity_id', values: distinct(pairs.map((p) => p.entity_id)) },
  ]
}

/** A slice that asks for everything. */
export const WHOLE: Slice = []
