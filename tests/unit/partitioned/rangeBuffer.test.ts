import { describe, expect, it } from 'vitest'
import { RangeCache, RangeReadError } from '../../../src/db/partitioned/rangeBuffer'

const FILE = new Uint8Array(1000).map((_, i) => i % 251)

/** A fake server: honours Range unless told not to; counts requests. */
function server(opts: { range: boolean; missing?: boolean }) {
  const calls: string[] = []
  const fetchFn = (async (_url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('Range') ?? ''
    calls.push(range)
    if (opts.missing) return new Response('not found', { status: 404 })
    const m = /bytes=(\d+)-(\d+)/.exec(range)
    if (opts.range && m) return new Response(FILE.slice(Number(m[1]), Number(m[2]) + 1), { status: 206 })
    return new Response(FILE, { status: 200 })
  }) as typeof fetch
  return { calls, fetchFn }
}

describe('RangeCache', () => {
  it('fetches only the asked bytes and serves a repeat from the session cache', async () => {
    const s = server({ range: true })
    const cache = new RangeCache(10_000, s.fetchFn)
    const buf = cache.buffer('http://x/a.parquet', FILE.length)
    expect(new Uint8Array(await buf.slice(900, 1000))).toEqual(FILE.slice(900, 1000))
    expect(new Uint8Array(await buf.slice(950, 960))).toEqual(FILE.slice(950, 960))
    expect(s.calls).toEqual(['bytes=900-999'])
    expect(cache.transfer).toEqual({ requests: 1, bytes: 100, wholeFiles: [] })
  })
  it('a read inside a request still on its way waits for it instead of asking again (the read-ahead and the read share bytes)', async () => {
    const s = server({ range: true })
    const cache = new RangeCache(10_000, s.fetchFn)
    const buf = cache.buffer('http://x/b.parquet', FILE.length)
    const [span, inside] = await Promise.all([buf.slice(100, 600), buf.slice(200, 300)])
    expect(new Uint8Array(span)).toEqual(FILE.slice(100, 600))
    expect(new Uint8Array(inside)).toEqual(FILE.slice(200, 300))
    expect(s.calls).toEqual(['bytes=100-599'])
  })
  it('uses a whole-file answer below the limit and says so', async () => {
    const s = server({ range: false })
    const cache = new RangeCache(10_000, s.fetchFn)
    const buf = cache.buffer('http://x/a.parquet', FILE.length)
    expect(new Uint8Array(await buf.slice(10, 20))).toEqual(FILE.slice(10, 20))
    expect(new Uint8Array(await buf.slice(500, 600))).toEqual(FILE.slice(500, 600))
    expect(s.calls).toHaveLength(1)
    expect(cache.transfer.wholeFiles).toEqual(['http://x/a.parquet'])
  })
  it('refuses a whole-file answer above the limit with range_unsupported', async () => {
    const cache = new RangeCache(500, server({ range: false }).fetchFn)
    const err = await Promise.resolve(cache.buffer('http://x/big.parquet', FILE.length).slice(0, 10)).catch((e) => e)
    expect(err).toBeInstanceOf(RangeReadError)
    expect(err.failure).toMatchObject({ code: 'range_unsupported', url: 'http://x/big.parquet' })
    expect(cache.transfer.bytes).toBe(0)
  })
  it('reports a missing file by its URL', async () => {
    const cache = new RangeCache(500, server({ range: true, missing: true }).fetchFn)
    const err = await Promise.resolve(cache.buffer('http://x/gone.parquet', FILE.length).slice(0, 10)).catch((e) => e)
    expect(err.failure).toMatchObject({ code: 'partition_file_missing', url: 'http://x/gone.parquet' })
  })
})
