// Loading slices of partitioned tables into the live DuckDB tables. The unit of loading is a
// row group: each is inserted once per session, so asking again for an overlapping slice adds
// only what is new and never duplicates a row. A file that cannot be read is reported and
// skipped; everything loaded before it stays.
import { getConnection } from '../client'
import { CONTRACT, EXTRA_COLUMNS } from '../contract'
import { materialiseTable } from '../ingest'
import { execute, queryRows, quoteIdent } from '../query'
import type { TableName } from '../../types/contract'
import { DbError } from '../errors'
import { isPartitioned, partitionedTableProblems, type PartitionedTable } from './manifest'
import { seriesSlice, tableFiles, WHOLE, type Slice } from './prune'
import type { RangeFailure } from './rangeBuffer'
import { readSliceInWorker, warmSliceWorker } from './sliceClient'

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
  /** The same per partitioned table, updated while a slice is being read (not only after). */
  tables: Partial<Record<TableName, TableReads>>
}

export interface TableReads {
  files: number
  filesInDataset: number
  bytes: number
  datasetBytes: number
  /** a slice of this table is being read now */
  loading: boolean
}

interface Session {
  base: URL
  tables: Partial<Record<TableName, PartitionedTable>>
  loaded: Set<string>
  opened: Set<string>
  /** files opened, per table */
  openedBy: Partial<Record<TableName, Set<string>>>
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
  performance.mark('partition-session-start')
  warmSliceWorker() // while the other tables load
  const all = Object.values(parts).flatMap((p) => p!.files)
  const sizeOf = (files: { bytes: number }[]) => files.reduce((s, f) => s + f.bytes, 0)
  const perTable: ReadSummary['tables'] = {}
  for (const [t, p] of Object.entries(parts)) perTable[t as TableName] = { files: 0, filesInDataset: p!.files.length, bytes: 0, datasetBytes: sizeOf(p!.files), loading: false }
  session = {
    base: new URL(manifestUrl, location.href),
    tables: parts,
    loaded: new Set(),
    opened: new Set(),
    openedBy: {},
    summary: { files: 0, filesInDataset: all.length, bytes: 0, datasetBytes: sizeOf(all), requests: 0, rowGroups: 0, wholeFiles: [], failures: [], tables: perTable },
  }
  notify()
}

/** True when the live `table` holds only slices of a partitioned table. */
export function isPartialTable(table: TableName): boolean {
  return !!session?.tables[table]
}

/** The slice the overview needs from observations: the series of the loaded targets. */
export async function targetSeriesSlice(): Promise<Slice> {
  return seriesSlice(await queryRows<{ indicator_id: string; entity_id: string }>('SELECT DISTINCT indicator_id, entity_id FROM targets'))
}

async function createEmpty(table: TableName): Promise<void> {
  // The same columns materialiseTable writes (the contract's and the extras), so slices append.
  const cols = [
    ...CONTRACT[table].map((c) => `CAST(NULL AS ${c.type}) AS ${quoteIdent(c.name)}`),
    ...(EXTRA_COLUMNS[table] ?? []).map((c) => `CAST(NULL AS VARCHAR) AS ${quoteIdent(c)}`),
  ]
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
const PROGRESS_MS = 100

async function loadSliceNow(table: TableName, slice: Slice, replace: boolean): Promise<number> {
  const s = session
  const entry = s?.tables[table]
  if (!s || !entry) return 0
  const files = tableFiles(entry, s.base, slice)
  const raw = `raw_part_${table}`
  const conn = await getConnection()
  await execute(`DROP TABLE IF EXISTS ${quoteIdent(raw)}`)
  let rows = 0
  const keys: string[] = []
  const opened = (s.openedBy[table] ??= new Set())
  const start = { bytes: s.summary.bytes, requests: s.summary.requests, table: s.summary.tables[table]! }
  // Shown while reading: files opened and bytes moved so far, for the table and in all. At most
  // every PROGRESS_MS while reading: hundreds of small files would otherwise re-render per file.
  let shown = 0
  let last = { bytes: 0, requests: 0 }
  const progress = (p: { bytes: number; requests: number }, loading: boolean) => {
    last = p
    if (session !== s) return
    if (loading && shown > 0 && performance.now() - shown < PROGRESS_MS) return
    shown = performance.now()
    s.summary = {
      ...s.summary,
      files: s.opened.size,
      bytes: start.bytes + p.bytes,
      requests: start.requests + p.requests,
      tables: { ...s.summary.tables, [table]: { ...start.table, files: opened.size, bytes: start.table.bytes + p.bytes, loading } },
    }
    notify()
  }
  progress({ bytes: 0, requests: 0 }, true)
  const began = performance.now()
  let read: Awaited<ReturnType<typeof readSliceInWorker>>
  try {
    read = await readSliceInWorker(
      files, slice, [...s.loaded],
      async (b) => {
        await conn.insertArrowFromIPCStream(b.ipc, { name: raw, create: rows === 0 })
        rows += b.rows
        keys.push(...b.keys)
      },
      (p) => {
        s.opened.add(p.url)
        opened.add(p.url)
        progress(p, true)
      },
    )
  } catch (err) {
    progress(last, false)
    throw err
  }
  const { result, transfer } = read
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
  result.filesRead.forEach((u) => (s.opened.add(u), opened.add(u)))
  const known = new Set(s.summary.failures.map((f) => f.url))
  s.summary = {
    ...s.summary,
    files: s.opened.size,
    bytes: start.bytes + transfer.bytes,
    requests: start.requests + transfer.requests,
    tables: { ...s.summary.tables, [table]: { ...start.table, files: opened.size, bytes: start.table.bytes + transfer.bytes, loading: false } },
    rowGroups: s.loaded.size,
    wholeFiles: [...new Set([...s.summary.wholeFiles, ...transfer.wholeFiles])],
    failures: [...s.summary.failures, ...result.failures.filter((f) => !known.has(f.url))],
  }
  notify()
  // For the national benchmark's breakdown (and the browser's performance panel).
  performance.measure(`partition-read:${table}`, { start: began, detail: { files: files.length, rows } })
  return rows
}

/** Start-up: a partitioned table is loaded whole, except observations, which start with the
 * series the targets need (the overview), and entities, which start with the targets' entities
 * and their ancestors (a national export lists every school: hundreds of thousands of rows the
 * overview never shows). Views ask for more with loadSlice. The loader goes table by table in
 * contract order (entities before targets), so partitioned entities are created empty at their
 * turn and filled just before observations, once the targets are in. */
export async function loadInitialSlice(table: TableName): Promise<number> {
  const deferEntities = !!session?.tables.observations
  if (table === 'entities' && deferEntities) return loadSlice('entities', [{ column: 'entity_id', values: [] }], true)
  if (table !== 'observations') return loadSlice(table, WHOLE, true)
  if (session?.tables.entities) await loadTargetEntities()
  return loadSlice('observations', await targetSeriesSlice(), true)
}

/** The entities the targets name, then their parents, up to the root (a few levels). */
async function loadTargetEntities(): Promise<void> {
  let wanted = (await queryRows<{ id: string }>('SELECT DISTINCT entity_id AS id FROM targets ORDER BY 1')).map((r) => r.id)
  for (let depth = 0; wanted.length && depth < MAX_DEPTH; depth++) {
    await loadSlice('entities', [{ column: 'entity_id', values: wanted }])
    wanted = (
      await queryRows<{ id: string }>(
        'SELECT DISTINCT parent_id AS id FROM entities WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT entity_id FROM entities) ORDER BY 1',
      )
    ).map((r) => r.id)
  }
}
const MAX_DEPTH = 8

/** Partitioned entities: load the children of `entityId` (a benchmark ranks them). Rows added. */
export function loadChildEntities(entityId: string): Promise<number> {
  return isPartialTable('entities') ? loadSlice('entities', [{ column: 'parent_id', values: [entityId] }]) : Promise.resolve(0)
}

/** A slice that failed as a whole (not one file): shown with the file failures; loaded data stays. */
export function reportSliceFailure(err: unknown): void {
  if (!session) return
  const detail = err instanceof Error ? err.message : String(err)
  session.summary = { ...session.summary, failures: [...session.summary.failures, { code: 'partition_fetch_failed', url: session.base.href, detail }] }
  notify()
}
