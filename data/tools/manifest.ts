// `npm run manifest -- <dir> [--name 名称] [--name-en Name]`: writes <dir>/manifest.json for a
// directory an engine produced. Each contract table is either `<dir>/<table>.parquet` or a
// directory `<dir>/<table>/` of Parquet files, hive-partitioned (`year=2024/province=15/…`) or
// not. File names of Spark, DuckDB, pyarrow and Trino are all accepted: a data file is any file
// not hidden by Hadoop's convention (`_SUCCESS`, `.crc`) that ends with Parquet's magic bytes.
// Only footers are read, so a 2 GB export is described in seconds.
import { existsSync, promises as fs } from 'node:fs'
import { basename, join, relative, resolve, sep } from 'node:path'
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet'
import { TABLE_NAMES } from '../../src/types/contract'
import { fileStats, rowGroupStats } from '../../src/db/partitioned/footer'
import { detectWriter, hivePartition, isHiddenName, STAT_COLUMNS, type PartitionedFile, type PartitionedTable, type TableEntry } from '../../src/db/partitioned/manifest'

async function walk(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name)
    if (e.isDirectory()) {
      if (!isHiddenName(e.name)) out.push(...(await walk(path)))
    } else out.push(path)
  }
  return out.sort()
}

async function isParquet(path: string): Promise<boolean> {
  const handle = await fs.open(path, 'r')
  try {
    const { size } = await handle.stat()
    if (size < 12) return false
    const tail = Buffer.alloc(4)
    await handle.read(tail, 0, 4, size - 4)
    return tail.toString('latin1') === 'PAR1'
  } finally {
    await handle.close()
  }
}

export async function describeDirectory(tableDir: string, rootRelative: string): Promise<PartitionedTable> {
  const all = await walk(tableDir)
  const names = all.map((p) => relative(tableDir, p).split(sep).join('/'))
  const files: PartitionedFile[] = []
  let keys: string[] | null = null
  for (const [i, abs] of all.entries()) {
    const path = names[i]
    if (path.split('/').some(isHiddenName) || !(await isParquet(abs))) continue
    const partition = hivePartition(path)
    const fileKeys = Object.keys(partition)
    keys ??= fileKeys
    if (fileKeys.join('/') !== keys.join('/')) throw new Error(`${path}: partition keys ${fileKeys.join('/')} differ from ${keys.join('/')}`)
    const buffer = await asyncBufferFromFile(abs)
    const metadata = await parquetMetadataAsync(buffer)
    const groups = rowGroupStats(metadata)
    files.push({
      path: path.split('/').map(encodeURIComponent).join('/').replaceAll('%3D', '='),
      bytes: buffer.byteLength,
      rows: Number(metadata.num_rows),
      partition,
      stats: fileStats(groups, [...new Set([...STAT_COLUMNS, ...fileKeys])]),
    })
  }
  if (files.length === 0) throw new Error(`${tableDir}: no Parquet files`)
  return { layout: 'hive', root: `${rootRelative}/`, partition_keys: keys ?? [], writer: detectWriter(names), files }
}

export async function writeManifest(dir: string, name?: string, nameEn?: string): Promise<string> {
  const previous = existsSync(join(dir, 'manifest.json')) ? JSON.parse(await fs.readFile(join(dir, 'manifest.json'), 'utf8')) : {}
  const tables: Partial<Record<string, TableEntry>> = {}
  for (const table of TABLE_NAMES) {
    if (existsSync(join(dir, `${table}.parquet`))) tables[table] = `${table}.parquet`
    else if (existsSync(join(dir, table))) tables[table] = await describeDirectory(join(dir, table), table)
    else throw new Error(`${dir}: neither ${table}.parquet nor a ${table}/ directory`)
  }
  // Headlines and document titles (contract v1.2) are the curator's: kept from an earlier manifest.
  const manifest = { name: name ?? previous.name ?? basename(resolve(dir)), name_en: nameEn ?? previous.name_en, tables, headlines: previous.headlines, documents: previous.documents }
  const out = join(dir, 'manifest.json')
  await fs.writeFile(out, JSON.stringify(manifest, null, 1))
  return out
}

function arg(flag: string): string | undefined {
  const i = process.argv.indexOf(flag)
  return i > 0 ? process.argv[i + 1] : undefined
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const dir = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'))
  if (!dir) {
    console.error('usage: npm run manifest -- <dir> [--name 名称] [--name-en Name]')
    process.exit(2)
  }
  writeManifest(dir, arg('--name'), arg('--name-en')).then(
    (out) => console.log(`wrote ${out}`),
    (err) => {
      console.error(err instanceof Error ? err.message : err)
      process.exit(1)
    },
  )
}
