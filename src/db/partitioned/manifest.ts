// The manifest's entry for a table written upstream as a hive-partitioned directory of Parquet
// files (Spark, Trino, DuckDB `COPY … PARTITION_BY`, pyarrow `write_dataset`). Pure: used by the
// browser reader and by `npm run manifest` in Node. Format documented in docs/data-contract*.md.

/** Min/max of one column over a file (from its Parquet footer statistics). */
export interface ColumnRange {
  min: string | number
  max: string | number
}

export interface PartitionedFile {
  /** Path relative to the table's `root`, e.g. `year=2024/province=15/part-0.parquet` */
  path: string
  /** Size in bytes: the reader needs it to fetch the footer (the last bytes) without a HEAD request. */
  bytes: number
  rows: number
  /** Hive key=value pairs read from the path; `null` for Hive's default (null) partition. */
  partition: Record<string, string | null>
  /** Column statistics for the columns the reader prunes on (partition keys, year, indicator_id, entity_id). */
  stats?: Record<string, ColumnRange>
}

export interface PartitionedTable {
  layout: 'hive'
  /** Directory relative to the manifest, ending in `/`. */
  root: string
  /** Partition keys in directory order, e.g. ['year', 'province']. */
  partition_keys: string[]
  /** Which engine's naming was recognised (informative). */
  writer?: Writer
  files: PartitionedFile[]
}

export type Writer = 'spark' | 'duckdb' | 'pyarrow' | 'trino' | 'unknown'

/** A manifest's table entry: one Parquet file (URL) or a partitioned directory. */
export type TableEntry = string | PartitionedTable

/** Columns whose per-file min/max the manifest carries (besides the partition keys). */
export const STAT_COLUMNS = ['year', 'indicator_id', 'entity_id'] as const

/** Hive's spelling of a null partition value (Spark, Trino, pyarrow and DuckDB all use it). */
const HIVE_NULL = '__HIVE_DEFAULT_PARTITION__'

export function isPartitioned(entry: unknown): entry is PartitionedTable {
  return typeof entry === 'object' && entry !== null && (entry as PartitionedTable).layout === 'hive'
}

/**
 * Hadoop's convention, followed by every writer: names starting with `_` or `.` are not data
 * (`_SUCCESS`, `_committed_…`, `_started_…`, `.part-….crc`, `_metadata`, `_common_metadata`).
 */
export function isHiddenName(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.')
}

/** `year=2024/province=15/part-0.parquet` → { year: '2024', province: '15' } (keys in path order). */
export function hivePartition(path: string): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  for (const segment of path.split('/').slice(0, -1)) {
    const eq = segment.indexOf('=')
    if (eq <= 0) continue
    const value = decodeURIComponent(segment.slice(eq + 1))
    out[decodeURIComponent(segment.slice(0, eq))] = value === HIVE_NULL ? null : value
  }
  return out
}

const SPARK = /^part-\d{5}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(-c\d{3}|\.c\d{3})?(\.[a-z0-9]+)?\.parquet$/i
// DuckDB: `data_0.parquet`, or a FILENAME_PATTERN ending in `_{i}` (`agg_0.parquet`).
const DUCKDB = /^[a-z]+_\d+(_\d+)?\.parquet$/i
const PYARROW = /^(part-\d+|[0-9a-f]{32}-\d+)\.parquet$/i
// Trino's Hive connector: <query id>_<uuid>, no extension.
const TRINO = /^\d{8}_\d{6}_\d{5}_[a-z0-9]{5}_[0-9a-f-]{36}$/i

/** Recognise the writer from file names (and Spark's `_SUCCESS` marker). */
export function detectWriter(fileNames: string[]): Writer {
  const names = fileNames.map((p) => p.slice(p.lastIndexOf('/') + 1))
  const data = names.filter((n) => !isHiddenName(n))
  const all = (re: RegExp) => data.length > 0 && data.every((n) => re.test(n))
  if (names.includes('_SUCCESS') || all(SPARK)) return 'spark'
  if (all(TRINO)) return 'trino'
  if (all(DUCKDB)) return 'duckdb'
  if (all(PYARROW)) return 'pyarrow'
  return 'unknown'
}

/** Problems with a partitioned entry, as i18n-ready codes naming where; empty when usable. */
export function partitionedTableProblems(table: string, entry: PartitionedTable): { code: string; where: string }[] {
  const problems: { code: string; where: string }[] = []
  if (typeof entry.root !== 'string') problems.push({ code: 'root_missing', where: table })
  if (!Array.isArray(entry.partition_keys)) problems.push({ code: 'keys_missing', where: table })
  if (!Array.isArray(entry.files) || entry.files.length === 0) problems.push({ code: 'files_missing', where: table })
  for (const [i, f] of (Array.isArray(entry.files) ? entry.files : []).entries()) {
    const where = `${table}.files[${i}]`
    if (typeof f?.path !== 'string' || !f.path || f.path.includes('..')) problems.push({ code: 'file_path_invalid', where })
    else if (!(Number.isFinite(f.bytes) && f.bytes > 8)) problems.push({ code: 'file_bytes_invalid', where: `${where} ${f.path}` })
  }
  return problems
}
