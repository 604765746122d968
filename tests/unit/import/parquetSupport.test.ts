// Parquet files other readers take but the dashboard's reader cannot: each is named by cause and
// column (src/db/parquetSupport.ts), never "may be corrupt". The files are written here with
// hyparquet-writer: a codec the reader lacks (LZO), a logical type it throws on (INTERVAL), a nested
// (LIST) column, and a column whose encoding the reader reports as unsupported.
import { describe, expect, it } from 'vitest'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { parquetMetadata } from 'hyparquet'
import { blobBuffer, decodeParquet, readShape } from '../../../src/db/parquetDecode'
import { classifyReaderError } from '../../../src/db/parquetSupport'
import { allMessages } from '../../../src/i18n'

const file = (buffer: ArrayBuffer) => blobBuffer(new Blob([buffer]))
const ids = ['dual_share', 'enrolment']
const base = [
  { name: 'indicator_id', data: ids, type: 'STRING' as const },
  { name: 'value', data: [57.4, 19000], type: 'DOUBLE' as const },
]

async function refusal(buffer: ArrayBuffer) {
  try {
    await decodeParquet(file(buffer), () => undefined)
  } catch (err) {
    return err as { code: string; params: Record<string, string>; message: string }
  }
  throw new Error('decoded without a refusal')
}

describe('what the reader cannot handle is named, with the column', () => {
  it('a codec it has no decompressor for (LZO), from the footer, before decoding', async () => {
    const identity = (b: Uint8Array) => b // the bytes do not matter: the footer says LZO
    const buffer = parquetWriteBuffer({ columnData: [base[0], { ...base[1], codec: 'LZO' }], compressors: { LZO: identity } })
    expect(await refusal(buffer)).toMatchObject({ code: 'parquet_unsupported_codec', params: { column: 'value', feature: 'LZO' } })
  })

  it('a logical type it throws on (INTERVAL)', async () => {
    const interval = new Uint8Array(12)
    const buffer = parquetWriteBuffer({
      columnData: [{ name: 'indicator_id', data: ids }, { name: 'span', data: [interval, interval] }],
      schema: [
        { name: 'root', num_children: 2 },
        { name: 'indicator_id', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
        { name: 'span', type: 'FIXED_LEN_BYTE_ARRAY', type_length: 12, converted_type: 'INTERVAL', repetition_type: 'REQUIRED' },
      ],
      codec: 'UNCOMPRESSED',
    })
    expect(await refusal(buffer)).toMatchObject({ code: 'parquet_unsupported_type', params: { column: 'span', feature: 'INTERVAL' } })
  })

  it('a nested column: kept out of the decoded columns, named when it is the only kind', async () => {
    const schema = [
      { name: 'root', num_children: 1 },
      { name: 'tags', repetition_type: 'OPTIONAL' as const, converted_type: 'LIST' as const, num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED' as const, num_children: 1 },
      { name: 'element', type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'OPTIONAL' as const },
    ]
    const nestedOnly = parquetWriteBuffer({ columnData: [{ name: 'tags', data: [['a'], ['b', 'c']] }], schema })
    const { shape } = await readShape(file(nestedOnly))
    expect(shape.columns).toEqual([])
    expect(shape.nested).toEqual([{ column: 'tags', kind: 'LIST' }])
    expect(await refusal(nestedOnly)).toMatchObject({ code: 'parquet_nested_column', params: { column: 'tags', feature: 'LIST' } })

    // Beside flat columns, a nested one is an extra column: the flat ones decode, it is left out.
    const mixed = parquetWriteBuffer({
      columnData: [{ name: 'indicator_id', data: ids }, { name: 'tags', data: [['a'], ['b', 'c']] }],
      schema: [{ name: 'root', num_children: 2 }, { name: 'indicator_id', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' }, ...schema.slice(1)],
    })
    const rows: number[] = []
    const out = await decodeParquet(file(mixed), (b) => void rows.push(b.rows))
    expect(out.columns).toEqual(['indicator_id'])
    expect(rows).toEqual([2])
  })

  it("the reader's own words, mapped to the cause and the column that uses it", () => {
    const buffer = parquetWriteBuffer({ columnData: [base[0], { name: 'year', data: new Int32Array([2023, 2024]), encoding: 'DELTA_BINARY_PACKED' }] })
    const metadata = parquetMetadata(buffer)
    expect(classifyReaderError('parquet unsupported encoding: DELTA_BINARY_PACKED', metadata)).toMatchObject({
      code: 'parquet_unsupported_encoding', params: { column: 'year', feature: 'DELTA_BINARY_PACKED' },
    })
    expect(classifyReaderError('parquet unsupported compression codec: LZO')).toMatchObject({ code: 'parquet_unsupported_codec', params: { feature: 'LZO' } })
    expect(classifyReaderError('parquet interval not supported')).toMatchObject({ code: 'parquet_unsupported_type', params: { feature: 'INTERVAL' } })
    expect(classifyReaderError('parquet file_path not supported')).toMatchObject({ code: 'parquet_external_data' })
    // A truly broken file is still "unreadable".
    expect(classifyReaderError('parquet file invalid (footer != PAR1)')).toMatchObject({ code: 'parquet_unreadable' })
  })

  it('says it in both languages, naming the column and the feature', () => {
    const m = allMessages()
    const zh = (m['zh-CN'] as unknown as { importer: { msg: Record<string, string> } }).importer.msg
    const en = (m.en as unknown as { importer: { msg: Record<string, string> } }).importer.msg
    for (const code of ['parquet_unsupported_codec', 'parquet_unsupported_encoding', 'parquet_unsupported_type', 'parquet_nested_column']) {
      for (const text of [zh[code], en[code]]) expect(text, code).toMatch(/\{column\}[\s\S]*\{feature\}/)
    }
    expect(zh.parquet_unsupported_encoding).toContain('使用了不支持的编码 {feature}')
    expect(zh.parquet_unsupported).not.toContain('{feature}') // the reader's words go to the technical details
  })
})
