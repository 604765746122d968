// Loading a whole dataset (the bundled one or a manifest) into the live tables.
import { TABLE_NAMES, type TableName } from '../types/contract'
import { parseDatasetFacts, type DatasetFacts } from '../types/datasetFacts'
import { DbError } from './errors'
import { decodeAhead, decodedCopy, fetchBytes, insertParquet, materialiseTable, type DecodedParquet, type IngestProgress } from './ingest'
import { execute, quoteIdent } from './query'
import { resetOptionalTables } from './optionalTables'
import { isPartitioned, type TableEntry } from './partitioned/manifest'
import { loadInitialSlice, startPartitionedSession } from './partitioned/load'

export interface DatasetManifest {
  name: string
  name_en?: string
  /** a Parquet URL, or a hive-partitioned directory read by range (src/db/partitioned) */
  tables: Record<TableName, TableEntry>
  /** Headline targets and document titles, as far as the manifest gives them (contract v1.2). */
  facts: DatasetFacts
}

/** Files up to this size (all tables together) are decoded before the engine is up. */
const DECODE_AHEAD_MAX_BYTES = 8 << 20

/**
 * Load the four contract tables listed in a manifest (URLs relative to it). With `engineReady`
 * still pending, the manifest and small files are
 * fetched and decoded meanwhile, and only the inserts wait for it (measured: about 150 ms of the
 * bundled data's 280 ms moved off the start-up path).
 */
export interface LoadOptions {
  onProgress?: (p: IngestProgress) => void
  /** The engine's start-up, when it may still be running. */
  engineReady?: Promise<unknown>
  /** The manifest's text, when the caller has read it already (a partitioned link). */
  manifestText?: string
  /** Where Arrow copies of the tables, decoded at build time, are: the bundled data only (src/bootConfig.ts). */
  decodedBase?: string
}

export async function loadManifestDataset(
  manifestUrl: string,
  { onProgress, engineReady = Promise.resolve(), manifestText, decodedBase }: LoadOptions = {},
): Promise<DatasetManifest> {
  const text = manifestText ?? new TextDecoder().decode(await fetchBytes(manifestUrl))
  let manifest: DatasetManifest
  try {
    manifest = JSON.parse(text) as DatasetManifest
  } catch (err) {
    throw new DbError('schema', 'manifest_invalid', { url: manifestUrl }, err instanceof Error ? err.message : String(err))
  }
  if (!manifest?.tables) throw new DbError('schema', 'manifest_invalid', { url: manifestUrl })
  manifest.facts = parseDatasetFacts(manifest)
  const base = new URL(manifestUrl, location.href)
  startPartitionedSession(manifestUrl, manifest.tables)
  // Fetch all four at once; decode and insert one after another (DuckDB has one connection).
  let budget = DECODE_AHEAD_MAX_BYTES
  const fromParquet = (url: string) =>
    fetchBytes(url).then(async (buf): Promise<ArrayBuffer | DecodedParquet> => {
      budget -= buf.byteLength
      return budget >= 0 ? decodeAhead(buf) : buf
    })
  const sources = TABLE_NAMES.map((t) => {
    if (!manifest.tables[t]) throw new DbError('schema', 'manifest_missing_table', { table: t })
    const entry = manifest.tables[t]
    if (isPartitioned(entry)) return null
    const parquet = new URL(entry, base).href
    // A decoded copy that cannot be read is no loss: its Parquet file is decoded instead.
    return decodedBase ? decodedCopy(`${decodedBase}${t}.arrow`).catch(() => fromParquet(parquet)) : fromParquet(parquet)
  })
  sources.forEach((p) => p?.catch(() => undefined)) // each is awaited below; a failure is reported there
  await engineReady
  for (const [i, table] of TABLE_NAMES.entries()) {
    const buffer = await sources[i]
    if (!buffer) {
      await loadInitialSlice(table) // partitioned: only the slice start-up needs, by range
      continue
    }
    const raw = `raw_${table}`
    const columns = await insertParquet(buffer, raw, (p) => onProgress?.({ table, ...p }))
    await materialiseTable(table, raw, columns)
    await execute(`DROP TABLE IF EXISTS ${quoteIdent(raw)}`)
  }
  await resetOptionalTables() // contract v1.1: no dataset manifest carries majors / school_conditions
  return manifest
}
