import { describe, expect, it } from 'vitest'
import { looksLikeText, sniffFormat } from '../../../src/db/import/sniff'

const PAR1 = [0x50, 0x41, 0x52, 0x31]
const parquet = new Uint8Array([...PAR1, 1, 2, 3, 4, 5, 6, 7, 8, ...PAR1])
const head = (b: Uint8Array) => b.subarray(0, 4096)
const tail = (b: Uint8Array) => b.subarray(Math.max(0, b.length - 4))
const sniff = (name: string, b: Uint8Array) => sniffFormat(name, b.length, head(b), tail(b))

describe('sniffFormat', () => {
  it('knows Parquet by its magic bytes at both ends, whatever the name', () => {
    expect(sniff('x.parquet', parquet)).toEqual({ format: 'parquet' })
    expect(sniff('export.csv', parquet)).toEqual({ format: 'parquet' })
  })

  it('calls a Parquet file without its footer truncated', () => {
    expect(sniff('x.parquet', parquet.subarray(0, 10))).toEqual({ format: null, problem: 'parquet_truncated' })
  })

  it('calls a .parquet file that is something else "not Parquet"', () => {
    expect(sniff('x.parquet', new Uint8Array(Buffer.from('a,b\n')))).toEqual({ format: null, problem: 'not_parquet' })
  })

  it('reads text as CSV, binary as neither', () => {
    expect(sniff('x.csv', new Uint8Array(Buffer.from('a,b\n1,2\n')))).toEqual({ format: 'csv' })
    expect(sniff('x.txt', new Uint8Array(Buffer.from('a\tb\n')))).toEqual({ format: 'csv' })
    expect(sniff('x.csv', new Uint8Array([0, 1, 2, 3, 200]))).toEqual({ format: null, problem: 'not_parquet_or_csv' })
  })

  it('calls a zero-byte file empty', () => {
    expect(sniff('x.csv', new Uint8Array())).toEqual({ format: null, problem: 'empty_file' })
  })

  it('treats UTF-8 and GB18030 bytes as text', () => {
    expect(looksLikeText(new Uint8Array(Buffer.from('鄂尔多斯,1\n')))).toBe(true)
    expect(looksLikeText(new Uint8Array([0xb6, 0xf5, 0xb6, 0xfb, 0x2c, 0x31]))).toBe(true)
  })
})
