// Footer first, then only the row groups whose statistics match: a real Parquet file written by
// DuckDB, served through a fake fetch that honours Range and counts what it sends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { tableFromIPC } from 'apache-arrow'
import { RangeCache } from '../../../src/db/partitioned/rangeBuffer'
import { readSlice, type SliceBatch } from '../../../src/db/partitioned/readSlice'

let dir = ''
let bytes: Uint8Array
const URL_ = 'http://host/observations/year=2024/data_0.parquet'

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'h13-read-'))
  const conn = await (await DuckDBInstance.create(':memory:')).connect()
  await conn.run('SET threads = 1')
  // 10 row groups of 40,960 rows, one entity each (sorted), random-ish values so pages do not compress away.
  await conn.run(`COPY (SELECT printf('E%02d', i // 40960) AS entity_id, 'ind' AS indicator_id, hash(i) % 100000 / 7.0 AS value
    FROM range(409600) t(i) ORDER BY i) TO '${dir}/f.parquet' (FORMAT parquet, ROW_GROUP_SIZE 40960)`)
  bytes = new Uint8Array(readFileSync(join(dir, 'f.parquet')))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function rangeFetch(log: string[]) {
  return (async (_url: string, init?: RequestInit) => {
    const m = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('Range') ?? '')!
    log.push(m[0])
    return new Response(bytes.slice(Number(m[1]), Number(m[2]) + 1), { status: 206 })
  }) as typeof fetch
}

describe('readSlice', () => {
  it('reads the footer, then only the one row group that can hold the entity, and adds the partition column', async () => {
    const log: string[] = []
    const cache = new RangeCache(1 << 30, rangeFetch(log))
    const batches: SliceBatch[] = []
    const result = await readSlice(cache, [{ url: URL_, bytes: bytes.length, partition: { year: '2024' } }], [{ column: 'entity_id', values: ['E03'] }], new Set(), (b) => batches.push(b))
    expect(result).toMatchObject({ rowGroupsRead: 1, rowGroupsSkipped: 9, failures: [] })
    expect(batches.map((b) => b.keys)).toEqual([[`${URL_}#3`]])
    const table = tableFromIPC(batches[0].ipc)
    expect(table.numRows).toBe(40960)
    expect(new Set(table.getChild('entity_id')!.toArray())).toEqual(new Set(['E03']))
    expect(new Set(table.getChild('year')!.toArray())).toEqual(new Set([2024]))
    // Footer request(s) + one request for the row group's column chunks; well under the file.
    expect(log.length).toBeLessThanOrEqual(3)
    expect(cache.transfer.bytes).toBeLessThan(bytes.length * 0.25)
  })

  it('sends the row groups of a slice to DuckDB as one batch (one insert, not one per row group) and reports progress per file and row group', async () => {
    const cache = new RangeCache(1 << 30, rangeFetch([]))
    const batches: SliceBatch[] = []
    const progress: string[] = []
    const result = await readSlice(
      cache, [{ url: URL_ + '?3', bytes: bytes.length, partition: { year: '2025' } }], [{ column: 'entity_id', min: 'E01', max: 'E02' }], new Set(),
      (b) => batches.push(b), (url) => progress.push(url),
    )
    expect(result.rowGroupsRead).toBe(2)
    expect(batches).toHaveLength(1)
    expect(batches[0].keys).toEqual([`${URL_}?3#1`, `${URL_}?3#2`])
    const table = tableFromIPC(batches[0].ipc)
    expect(table.numRows).toBe(2 * 40960)
    expect(new Set(table.getChild('entity_id')!.toArray())).toEqual(new Set(['E01', 'E02']))
    expect(new Set(table.getChild('year')!.toArray())).toEqual(new Set([2025]))
    expect(progress).toEqual([`${URL_}?3`, `${URL_}?3`, `${URL_}?3`]) // footer, then each row group
  })

  it('asks nothing more for row groups already loaded, and nothing at all the second time (session cache)', async () => {
    const log: string[] = []
    const cache = new RangeCache(1 << 30, rangeFetch(log))
    const file = [{ url: URL_ + '?2', bytes: bytes.length, partition: {} }]
    const slice = [{ column: 'entity_id', values: ['E05'] }]
    await readSlice(cache, file, slice, new Set(), () => undefined)
    const first = log.length
    const again: SliceBatch[] = []
    await readSlice(cache, file, slice, new Set(), (b) => again.push(b))
    expect(again).toHaveLength(1)
    expect(log.length).toBe(first) // same ranges: served from the cache
    const skipped: SliceBatch[] = []
    await readSlice(cache, file, slice, new Set([`${URL_}?2#5`]), (b) => skipped.push(b))
    expect(skipped).toEqual([])
  })
})
