// Reading ahead for a partitioned ?data= link (issue 13). DuckDB-WASM takes about 2 s to start
// on a slow machine, and the link's first view needs hundreds of small range requests (the
// targets' series, one file per year × province). Both are independent: while the engine starts,
// the slice worker fetches exactly the ranges the overview will ask for first — footers and
// matching row groups of the targets' series and of the targets' entities — into its session
// cache. Nothing is decoded for DuckDB here and nothing is loaded: the reads that follow (the
// same slices, load.ts) find their bytes in the cache. Once a real read starts, the read-ahead
// asks for nothing more: the read joins what is on its way and fetches the rest itself, showing
// its progress. Any failure just ends the read-ahead; the real read reports it.
import { parquetReadObjects, type FileMetaData } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { rowGroupStats } from './footer'
import { isPartitioned, partitionedTableProblems, type TableEntry } from './manifest'
import { pruneRowGroups, seriesSlice, tableFiles, type Slice } from './prune'
import type { RangeCache } from './rangeBuffer'
import { footer, inLanes, type FileRef } from './readSlice'

/** A targets file larger than this is not read ahead (targets are a few hundred rows). */
const TARGETS_MAX_BYTES = 8 << 20

export interface WarmResult {
  /** files whose footer and matching row groups are now in the cache */
  files: number
}

export async function warmLinkedDataset(
  cache: RangeCache,
  manifestUrl: string,
  fetchFn: typeof fetch = (...a) => fetch(...a),
  /** true once the real reads have begun */
  stopped: () => boolean = () => false,
): Promise<WarmResult> {
  const res = await fetchFn(manifestUrl)
  if (!res.ok) return { files: 0 }
  const manifest = (await res.json()) as { tables?: Record<string, TableEntry> }
  const observations = manifest?.tables?.observations
  const entities = manifest?.tables?.entities
  // Only a manifest the loader will accept is read ahead (it checks the same and says what is wrong).
  const usable = (t: string, e: unknown) => !isPartitioned(e) || partitionedTableProblems(t, e).length === 0
  if (!isPartitioned(observations) || !['observations', 'entities', 'targets'].every((t) => usable(t, manifest.tables![t]))) return { files: 0 }
  const base = new URL(manifestUrl)
  const pairs = await targetPairs(cache, manifest.tables!.targets, base, fetchFn)
  if (!pairs.length) return { files: 0 }
  const series = seriesSlice(pairs)
  const jobs: { file: FileRef; slice: Slice }[] = tableFiles(observations, base, series).map((file) => ({ file, slice: series }))
  // The first entity slice the loader reads: the targets' own entities (load.ts, loadTargetEntities).
  if (isPartitioned(entities)) {
    const own: Slice = [series[1]]
    jobs.push(...tableFiles(entities, base, own).map((file) => ({ file, slice: own })))
  }
  let files = 0
  await inLanes(jobs, async ({ file, slice }) => {
    if (stopped()) return
    await warmFile(cache, file, slice, stopped).then(() => files++, () => undefined)
  })
  return { files }
}

/** (indicator, entity) of every target, read with hyparquet: the engine is not up yet. */
async function targetPairs(cache: RangeCache, entry: TableEntry | undefined, base: URL, fetchFn: typeof fetch) {
  const columns = ['indicator_id', 'entity_id']
  type Pair = { indicator_id: string; entity_id: string }
  if (typeof entry === 'string') {
    const res = await fetchFn(new URL(entry, base).href)
    if (!res.ok || Number(res.headers.get('Content-Length') ?? 0) > TARGETS_MAX_BYTES) return []
    return (await parquetReadObjects({ file: await res.arrayBuffer(), columns, compressors })) as Pair[]
  }
  if (!isPartitioned(entry)) return []
  const out: Pair[] = []
  for (const f of tableFiles(entry, base, [])) {
    out.push(...((await parquetReadObjects({ file: cache.buffer(f.url, f.bytes), columns, compressors })) as Pair[]))
  }
  return out
}

/** Footer, then the byte span of each row group that may match: the ranges hyparquet will ask for. */
async function warmFile(cache: RangeCache, f: FileRef, slice: Slice, stopped: () => boolean): Promise<void> {
  const metadata = await footer(cache, f)
  const file = cache.buffer(f.url, f.bytes)
  for (const g of pruneRowGroups(rowGroupStats(metadata), slice)) {
    if (stopped()) return
    const span = rowGroupSpan(metadata, g)
    if (span) await file.slice(span.start, span.end)
  }
}

/** Bytes of a row group's column chunks (hyparquet reads each from its dictionary or first data page). */
export function rowGroupSpan(metadata: FileMetaData, group: number): { start: number; end: number } | null {
  let start = Infinity
  let end = -Infinity
  for (const chunk of metadata.row_groups[group].columns) {
    const meta = chunk.meta_data
    if (!meta) continue
    const at = Number(meta.dictionary_page_offset || meta.data_page_offset)
    start = Math.min(start, at)
    end = Math.max(end, at + Number(meta.total_compressed_size))
  }
  return start < end ? { start, end } : null
}
