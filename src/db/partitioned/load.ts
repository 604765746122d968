// Loading slices of partitioned tables into the live DuckDB tables. The unit of loading is a
// row group: each is inserted once per session, so asking again for an overlapping slice adds
// only what is new and never duplicates a row. A file that cannot be read is reported and
// skipped; everything loaded before it stays.
import { getConnection } from '../client'
import { CONTRACT } from '../contract'
import { materialiseTable } from '../ingest'
import { execute, queryRows, quoteIdent } from '../query'
import type { TableName } from '../../types/contract'
import { DbError } from '../errors'
import { isPartitioned, partitionedTableProblems, type PartitionedTable } from './manifest'
import { pruneFiles, WHOLE, type Slice } from './prune'
import type { RangeFailure } from './rangeBuffer'
import { readSliceInWorker } from './sliceClient'

/** What the session has read from partitioned tables (shown in the data view). */
export interface ReadSummary {
  /** distinct files opened (footer read) */
  files: number
  filesInDataset: number
  bytes: number
  datasetBytes: number
  requests: number
  rowGroups: number
  /** files a server without Range support sent whole (under the size limit) */
  wholeFiles: string[]
  failures: RangeFailure[]
}

interface Session {
  base: URL
  tables: Partial<Record<TableName, PartitionedTable>>
  loaded: Set<string>
  opened: Set<string>
  summary: ReadSummary
}

let session: Session | null = null
const listeners = new Set<(s: ReadSummary | null) => void>()
const notify = () => listeners.forEach((l) => l(session ? { ...session.summary } : null))

/** Follow what was read; replays the current state. Returns an unsubscribe function. */
export function onReadSummary(listener: (s: ReadSummary | null) => void): () => void {
  listeners.add(listener)
  listener(session ? { ...session.summary } : null)
  return () => listeners.delete(listener)
}

/** A new manifest starts a new session (the range cache in the worker keeps serving by URL). */
export function startPartitionedSession(manifestUrl: string, tables: Record<string, unknown>): void {
  const parts: Session['tables'] = {}
  for (const [t, entry] of Object.entries(tables)) if (isPartitioned(entry)) parts[t as TableName] = entry
  const problems = Object.entries(parts).flatMap(([t, e]) => partitionedTableProblems(t, e!))
  if (problems.length) {
    throw new DbError('schema', 'manifest_invalid', { url: manifestUrl }, problems.map((p) => `${p.where}: ${p.code}`).join('; '))
  }
  if (Object.keys(parts).length === 0) {
    session = null
    notify()
    return
  }
  const all = Object.values(parts).flatMap((p) => p!.files)
  session = {
    base: new URL(manifestUrl, location.href),
    tables: parts,
    loaded: new Set(),
    opened: new Set(),
    summary: { files: 0, filesInDataset: all.length, bytes: 0, datasetBytes: all.reduce((s, f) => s + f.bytes, 0), requests: 0, rowGroups: 0, wholeFiles: [], failures: [] },
  }
  notify()
}

/** True when the live `table` holds only slices of a partitioned table. */
export function isPartialTable(table: TableName): boolean {
  return !!session?.tables[table]
}

/** The slice the overview needs from observations: the series of the loaded targets. */
export async function targetSeriesSlice(): Promise<Slice> {
  const pairs = await queryRows<{ indicator_id: string; entity_id: string }>('SELECT DISTINCT indicator_id, entity_id FROM targets')
  return [
    { column: 'indicator_id', values: [...new Set(pairs.map((p) => p.indicator_id))].sort() },
    { column: 'entity_id', values: [...new Set(pairs.map((p) => p.entity_id))].sort() },
  ]
}

async function createEmpty(table: TableName): Promise<void> {
  const cols = CONTRACT[table].map((c) => `CAST(NULL AS ${c.type}) AS ${quoteIdent(c.name)}`)
  await execute(`CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT ${cols.join(', ')} WHERE false`)
}

/**
 * Load the part of a partitioned `table` that may match `slice`. `replace` creates the live table
 * (start-up); otherwise new rows are appended. Returns the rows added.
 */
export function loadSlice(table: TableName, slice: Slice = WHOLE, replace = false): Promise<number> {
  // One slice at a time: they share the staging table and the set of loaded row groups.
  const run = queue.then(() => loadSliceNow(table, slice, replace))
  queue = run.catch(() => 0)
  return run
}
let queue: Promise<number> = Promise.resolve(0)

async function loadSliceNow(table: TableName, slice: Slice, replace: boolean): Promise<number> {
  const s = session
  const entry = s?.tables[table]
  if (!s || !entry) return 0
  const root = new URL(entry.root.endsWith('/') ? entry.root : `${entry.root}/`, s.base)
  const files = pruneFiles(entry.files, slice).map((f) => ({ url: new URL(f.path, root).href, bytes: f.bytes, partition: f.partition }))
  const raw = `raw_part_${table}`
  const conn = await getConnection()
  await execute(`DROP TABLE IF EXISTS ${quoteIdent(raw)}`)
  let rows = 0
  const keys: string[] = []
  const { result, transfer } = await readSliceInWorker(files, slice, [...s.loaded], async (b) => {
    await conn.insertArrowFromIPCStream(b.ipc, { name: raw, create: rows === 0 })
    rows += b.rows
    keys.push(b.key)
  })
  if (session !== s) return 0 // another manifest was opened meanwhile
  if (rows > 0) {
    const columns = (await queryRows<{ name: string }>(`SELECT column_name AS name FROM information_schema.columns WHERE table_name = ?`, [raw])).map((c) => c.name)
    const staged = `part_${table}`
    await materialiseTable(table, raw, columns, replace ? table : staged)
    if (!replace) {
      await execute(`INSERT INTO ${quoteIdent(table)} SELECT * FROM ${quoteIdent(staged)}`)
      await execute(`DROP TABLE IF EXISTS ${quoteIdent(staged)}`)
    }
  } else if (replace) await createEmpty(table)
  await execute(`DROP TABLE IF EXISTS ${quoteIdent(raw)}`)
  keys.forEach((k) => s.loaded.add(k))
  result.filesRead.forEach((u) => s.opened.add(u))
  const known = new Set(s.summary.failures.map((f) => f.url))
  s.summary = {
    ...s.summary,
    files: s.opened.size,
    bytes: s.summary.bytes + transfer.bytes,
    requests: s.summary.requests + transfer.requests,
    rowGroups: s.loaded.size,
    wholeFiles: [...new Set([...s.summary.wholeFiles, ...transfer.wholeFiles])],
    failures: [...s.summary.failures, ...result.failures.filter((f) => !known.has(f.url))],
  }
  notify()
  return rows
}

/** Start-up: a partitioned table is loaded whole, except observations, which start with the
 * series the targets need (the overview); views ask for more with loadSlice. */
export async function loadInitialSlice(table: TableName): Promise<number> {
  return loadSlice(table, table === 'observations' ? await targetSeriesSlice() : WHOLE, true)
}

/** A slice that failed as a whole (not one file): shown with the file failures; loaded data stays. */
export function reportSliceFailure(err: unknown): void {
  if (!session) return
  const detail = err instanceof Error ? err.message : String(err)
  session.summary = { ...session.summary, failures: [...session.summary.failures, { code: 'partition_fetch_failed', url: session.base.href, detail }] }
  notify()
}
