// Statistics out of a Parquet footer (hyparquet's FileMetaData) in the shape prune.ts uses.
// Shared by the browser reader (row-group pruning) and `npm run manifest` (per-file min/max).
import type { FileMetaData } from 'hyparquet'
import type { ColumnRange } from './manifest'
import type { RowGroupStats } from './prune'

/** A footer statistic as a comparable scalar, or undefined when it cannot be compared. */
function scalar(v: unknown): string | number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'bigint') return Number(v)
  if (typeof v === 'string') return v
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  return undefined
}

/** Per row group: row count and min/max of each column whose statistics the writer stored. */
export function rowGroupStats(metadata: FileMetaData): RowGroupStats[] {
  return metadata.row_groups.map((rg) => {
    const stats: Record<string, ColumnRange | undefined> = {}
    for (const chunk of rg.columns) {
      const meta = chunk.meta_data
      if (!meta || meta.path_in_schema.length !== 1) continue
      const s = meta.statistics
      const min = scalar(s?.min_value ?? s?.min)
      const max = scalar(s?.max_value ?? s?.max)
      if (min !== undefined && max !== undefined) stats[meta.path_in_schema[0]] = { min, max }
    }
    return { rows: Number(rg.num_rows), stats }
  })
}

/** Min/max over the whole file for `columns` — only when every non-empty row group has them. */
export function fileStats(groups: RowGroupStats[], columns: readonly string[]): Record<string, ColumnRange> {
  const out: Record<string, ColumnRange> = {}
  for (const column of columns) {
    let range: ColumnRange | undefined
    let complete = true
    for (const g of groups) {
      if (g.rows === 0) continue
      const s = g.stats[column]
      if (!s) { complete = false; break }
      range = range
        ? { min: less(s.min, range.min) ? s.min : range.min, max: less(range.max, s.max) ? s.max : range.max }
        : { ...s }
    }
    if (complete && range) out[column] = range
  }
  return out
}

function less(a: string | number, b: string | number): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a < b : String(a) < String(b)
}
