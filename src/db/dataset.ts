// Loading a whole dataset (the bundled one or a manifest) into the live tables.
import { TABLE_NAMES, type TableName } from '../types/contract'
import { parseDatasetFacts, type DatasetFacts } from '../types/datasetFacts'
import { DbError } from './errors'
import { fetchBytes, insertParquet, materialiseTable, type IngestProgress } from './ingest'
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

/** Load the four contract tables listed in a manifest (URLs relative to it). */
export async function loadManifestDataset(manifestUrl: string, onProgress?: (p: IngestProgress) => void): Promise<DatasetManifest> {
  const manifest = JSON.parse(new TextDecoder().decode(await fetchBytes(manifestUrl))) as DatasetManifest
  if (!manifest?.tables) throw new DbError('schema', 'manifest_invalid', { url: manifestUrl })
  manifest.facts = parseDatasetFacts(manifest)
  const base = new URL(manifestUrl, location.href)
  startPartitionedSession(manifestUrl, manifest.tables)
  // Fetch all four at once; decode and insert one after another (DuckDB has one connection).
  const buffers = TABLE_NAMES.map((t) => {
    if (!manifest.tables[t]) throw new DbError('schema', 'manifest_missing_table', { table: t })
    const entry = manifest.tables[t]
    return isPartitioned(entry) ? null : fetchBytes(new URL(entry, base).href)
  })
  for (const [i, table] of TABLE_NAMES.entries()) {
    const buffer = await buffers[i]
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
