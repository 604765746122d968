// Read-ahead of a partitioned link (issue 13): while DuckDB starts, the slice worker fetches what
// the overview will read first. Checked on the synthetic generator's real DuckDB output: the
// read-ahead fetches only the targets' series (never a school file), and the overview's reads
// that follow cost no request at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parquetReadObjects } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { generateNational } from '../../../data/tools/syntheticNational'
import { RangeCache } from '../../../src/db/partitioned/rangeBuffer'
import { readSlice } from '../../../src/db/partitioned/readSlice'
import { warmLinkedDataset } from '../../../src/db/partitioned/warm'
import { seriesSlice, tableFiles } from '../../../src/db/partitioned/prune'
import type { PartitionedTable } from '../../../src/db/partitioned/manifest'

let dir = ''
const BASE = 'http://bucket/national/'

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'h13-warm-'))
  await generateNational({ out: dir, rows: 20_000, seed: 3 })
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A static host that honours Range, logging each request's path. */
function host(log: string[]): typeof fetch {
  return (async (url: string, init?: RequestInit) => {
    const path = decodeURIComponent(new URL(url).pathname.slice(new URL(BASE).pathname.length))
    log.push(path)
    let body: Buffer
    try {
      body = readFileSync(join(dir, path))
    } catch {
      return new Response(null, { status: 404 })
    }
    const m = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('Range') ?? '')
    if (!m) return new Response(new Uint8Array(body), { status: 200, headers: { 'Content-Length': String(body.length) } })
    return new Response(new Uint8Array(body.subarray(Number(m[1]), Number(m[2]) + 1)), { status: 206 })
  }) as typeof fetch
}

const manifest = () => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))

describe('reading a partitioned link ahead', () => {
  it('fetches the targets’ series and entities only, and the overview’s reads then cost no request', async () => {
    const log: string[] = []
    const fetchFn = host(log)
    const cache = new RangeCache(1 << 30, fetchFn)
    const { files } = await warmLinkedDataset(cache, `${BASE}manifest.json`, fetchFn)
    expect(files).toBeGreaterThan(0)
    // Every target is set for a region: no school's rows (data_*.parquet, kind=school) are touched.
    expect(log.filter((p) => /^observations\/.*data_0\.parquet$/.test(p) || p.includes('kind=school'))).toEqual([])
    expect(log).toContain('entities/kind=region/data_0.parquet')
    expect(log.some((p) => p.endsWith('agg_0.parquet'))).toBe(true)

    // The overview's first reads (load.ts): the same slices, from the same cache.
    const m = manifest()
    const targets = m.tables.targets as string
    expect(targets).toBe('targets.parquet')
    const pairs = (await parquetReadObjects({ file: new Uint8Array(readFileSync(join(dir, targets))).buffer, columns: ['indicator_id', 'entity_id'], compressors })) as { indicator_id: string; entity_id: string }[]
    const series = seriesSlice(pairs)
    const before = log.length
    const obs = await readSlice(cache, tableFiles(m.tables.observations as PartitionedTable, new URL(BASE), series), series, new Set(), () => undefined)
    const ents = await readSlice(cache, tableFiles(m.tables.entities as PartitionedTable, new URL(BASE), [series[1]]), [series[1]], new Set(), () => undefined)
    expect(obs.rowGroupsRead).toBeGreaterThan(0)
    expect(ents.rowGroupsRead).toBeGreaterThan(0)
    expect(log.slice(before)).toEqual([])
  })

  it('asks for nothing more once the real reads have begun', async () => {
    const log: string[] = []
    const served = host(log)
    let begun = false
    // The real reads begin while the first observations files are on their way.
    const fetchFn = (async (url: string, init?: RequestInit) => {
      if (url.includes('/observations/')) begun = true
      return served(url, init)
    }) as typeof fetch
    const cache = new RangeCache(1 << 30, fetchFn)
    const { files } = await warmLinkedDataset(cache, `${BASE}manifest.json`, fetchFn, () => begun)
    const all = tableFiles(manifest().tables.observations as PartitionedTable, new URL(BASE), []).length
    expect(files).toBeLessThan(all / 2)
    expect(log.filter((p) => p.startsWith('observations/')).length).toBeLessThanOrEqual(12) // the lanes already in flight
  })

  it('reads nothing ahead for a manifest the loader would refuse, or one without partitioned observations', async () => {
    const log: string[] = []
    const broken = { ...manifest(), tables: { ...manifest().tables, observations: { layout: 'hive', root: 'observations/', partition_keys: [], files: [{ path: '../x.parquet', bytes: 100, rows: 1, partition: {} }] } } }
    const plain = { ...manifest(), tables: { ...manifest().tables, observations: 'observations.parquet' } }
    for (const m of [broken, plain]) {
      const fetchFn = (async (url: string) => (log.push(url), new Response(JSON.stringify(m), { status: 200 }))) as typeof fetch
      expect(await warmLinkedDataset(new RangeCache(1 << 30, fetchFn), `${BASE}manifest.json`, fetchFn)).toEqual({ files: 0 })
    }
    expect(log).toEqual([`${BASE}manifest.json`, `${BASE}manifest.json`]) // the manifest, then nothing
  })
})
