// The Parquet decoder's limits (src/db/parquetDecode.ts), on the hostile fixtures: the footer
// is read first and a file too large once decoded is refused before any value is decoded; long
// text is cut and reported; a zero-row file has a shape with no rows; reader errors are named.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { blobBuffer, classifyReaderError, decodeParquet, readShape } from '../../../src/db/parquetDecode'
import { MAX_DECODED_BYTES, MAX_TEXT_CHARS } from '../../../src/db/parquetLimits'

const BAD = join(import.meta.dirname, '..', '..', 'fixtures', 'bad')
const blob = (name: string) => new Blob([readFileSync(join(BAD, name))])

/** An AsyncBuffer that counts the bytes read, to prove what was (not) read. */
function counted(b: Blob) {
  const inner = blobBuffer(b)
  const seen = { bytes: 0 }
  return { seen, file: { byteLength: inner.byteLength, slice: async (s: number, e?: number) => { const r = await inner.slice(s, e); seen.bytes += r.byteLength; return r } } }
}

describe('decodeParquet limits', () => {
  it('refuses a decompression bomb from its footer, reading only the footer', async () => {
    const { seen, file } = counted(blob('observations_quote_bomb.parquet'))
    const { shape } = await readShape(file)
    expect(shape.decodedBytes).toBeGreaterThan(MAX_DECODED_BYTES)
    seen.bytes = 0
    await expect(decodeParquet(file, () => undefined)).rejects.toMatchObject({ code: 'parquet_too_large' })
    expect(seen.bytes).toBeLessThan(64 * 1024) // the footer, not the 38 KB of pages times anything
  })

  it('cuts text longer than the limit and says which column, how many, how long', async () => {
    const batches: number[] = []
    const out = await decodeParquet(blobBuffer(blob('observations_long_quote.parquet')), (b) => void batches.push(b.rows))
    expect(batches).toEqual([1])
    expect(out.cut).toEqual([{ column: 'quote', count: 1, longest: 10000 }])
    expect(MAX_TEXT_CHARS).toBe(4000)
  })

  it('sees a zero-row file as a shape with no rows, and sends no empty batch', async () => {
    const file = blobBuffer(blob('observations_zero_rows_one_group.parquet'))
    const { shape } = await readShape(file)
    expect(shape).toMatchObject({ rows: 0, rowGroups: 1 })
    expect(shape.columns).toContain('indicator_id')
    const batches: unknown[] = []
    await decodeParquet(file, (b) => void batches.push(b))
    expect(batches).toEqual([])
  })

  it('names what the reader could not handle', () => {
    expect(classifyReaderError('parquet unsupported compression codec: LZO')).toMatchObject({ code: 'parquet_unsupported_codec', message: 'unsupported compression codec: LZO', params: { feature: 'LZO' } })
    expect(classifyReaderError('parquet file invalid (footer != PAR1)')).toMatchObject({ code: 'parquet_unreadable' })
  })
})
