// What the dashboard's Parquet reader (hyparquet + hyparquet-compressors) cannot read, said per
// cause and column instead of "may be corrupt". Checked from the footer before anything is decoded
// (readerProblem), and hyparquet's own error words mapped to the same causes when decoding stops
// (classifyReaderError). The words a user sees are importer.msg.<code> (src/i18n/features/importer.ts);
// `feature` is a format name (LZO, INTERVAL, DELTA_BYTE_ARRAY), never a sentence.
import type { FileMetaData, SchemaElement } from 'hyparquet'

export type ParquetRefusalCode =
  | 'parquet_too_large'
  | 'parquet_unreadable'
  | 'parquet_unsupported'
  | 'parquet_unsupported_codec'
  | 'parquet_unsupported_encoding'
  | 'parquet_unsupported_type'
  | 'parquet_nested_column'
  | 'parquet_external_data'
  | 'parquet_encrypted_column'

/** Every code above except the generic ones carries the column and the feature it names. */
export const READER_LIMIT_CODES: readonly ParquetRefusalCode[] = [
  'parquet_unsupported_codec', 'parquet_unsupported_encoding', 'parquet_unsupported_type',
  'parquet_nested_column', 'parquet_external_data', 'parquet_encrypted_column',
]

/** Something the decoder refuses, with the code of the user's message and what it names. */
export class ParquetRefusal extends Error {
  constructor(
    readonly code: ParquetRefusalCode,
    message: string,
    readonly params: { column?: string; feature?: string } = {},
  ) {
    super(message)
  }
}

/** Logical/converted types hyparquet throws on (src/convert.js). */
const UNSUPPORTED_TYPES = new Set(['INTERVAL', 'BSON'])

/** The root's direct children, each with its subtree skipped: the columns a table has. */
export function topLevelColumns(schema: readonly SchemaElement[]): { name: string; element: SchemaElement }[] {
  const out: { name: string; element: SchemaElement }[] = []
  let i = 1
  const skip = (at: number): number => {
    let next = at + 1
    for (let c = 0; c < (schema[at].num_children ?? 0); c++) next = skip(next)
    return next
  }
  while (i < schema.length) {
    out.push({ name: schema[i].name, element: schema[i] })
    i = skip(i)
  }
  return out
}

/** LIST, MAP or STRUCT: what a nested column is, in the format's own word. */
export function nestedKind(e: SchemaElement): string {
  const kind = e.logical_type?.type ?? e.converted_type
  return kind === 'LIST' || kind === 'MAP' || kind === 'MAP_KEY_VALUE' ? (kind === 'LIST' ? 'LIST' : 'MAP') : 'STRUCT'
}

/**
 * The first thing the reader cannot handle in the given (flat, top-level) columns, from the footer
 * alone; null when it can read them all. `codecs`: the decompressors available.
 */
export function readerProblem(metadata: FileMetaData, columns: readonly string[], codecs: readonly string[]): ParquetRefusal | null {
  const wanted = new Set(columns)
  for (const { name, element } of topLevelColumns(metadata.schema)) {
    if (!wanted.has(name)) continue
    const type = element.logical_type?.type ?? element.converted_type
    if (type && UNSUPPORTED_TYPES.has(type)) return new ParquetRefusal('parquet_unsupported_type', `${type} in ${name}`, { column: name, feature: type })
  }
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const column = chunk.meta_data?.path_in_schema[0] ?? ''
      if (!wanted.has(column)) continue
      if (chunk.file_path) return new ParquetRefusal('parquet_external_data', `file_path ${chunk.file_path}`, { column, feature: chunk.file_path })
      if (chunk.crypto_metadata || chunk.encrypted_column_metadata) return new ParquetRefusal('parquet_encrypted_column', 'encrypted column', { column })
      const codec = chunk.meta_data?.codec
      if (codec && codec !== 'UNCOMPRESSED' && !codecs.includes(codec)) {
        return new ParquetRefusal('parquet_unsupported_codec', `codec ${codec}`, { column, feature: codec })
      }
    }
  }
  return null
}

/** The first column whose chunks use `what` as codec or encoding, for naming it in the message. */
function columnUsing(metadata: FileMetaData | undefined, what: string): string {
  for (const group of metadata?.row_groups ?? []) {
    for (const chunk of group.columns) {
      const m = chunk.meta_data
      if (m && (m.codec === what || (m.encodings as string[]).includes(what))) return m.path_in_schema[0]
    }
  }
  return ''
}

function columnOfType(metadata: FileMetaData | undefined, type: string): string {
  const hit = topLevelColumns(metadata?.schema ?? []).find(({ element }) => (element.logical_type?.type ?? element.converted_type ?? element.type) === type)
  return hit?.name ?? ''
}

/** hyparquet's words for what it cannot read → our cause (the words stay as technical detail). */
export function classifyReaderError(message: string, metadata?: FileMetaData): ParquetRefusal {
  const words = message.replace(/^parquet\s+/i, '')
  const refuse = (code: ParquetRefusalCode, column: string, feature: string) => new ParquetRefusal(code, words, { column, feature })
  let m: RegExpMatchArray | null
  if ((m = message.match(/unsupported compression codec: (\w+)/))) return refuse('parquet_unsupported_codec', columnUsing(metadata, m[1]), m[1])
  if ((m = message.match(/unsupported encoding: (\w+)/))) return refuse('parquet_unsupported_encoding', columnUsing(metadata, m[1]), m[1])
  if ((m = message.match(/byte_stream_split unsupported type: (\w+)/))) return refuse('parquet_unsupported_encoding', columnUsing(metadata, 'BYTE_STREAM_SPLIT'), `BYTE_STREAM_SPLIT (${m[1]})`)
  if ((m = message.match(/\b(bson|interval) not supported/i))) return refuse('parquet_unsupported_type', columnOfType(metadata, m[1].toUpperCase()), m[1].toUpperCase())
  if (/unsupported variant/.test(message)) return refuse('parquet_unsupported_type', columnOfType(metadata, 'VARIANT'), 'VARIANT')
  if ((m = message.match(/(?:unsupported|unhandled) type: (\w+)/))) return refuse('parquet_unsupported_type', columnOfType(metadata, m[1]), m[1])
  if (/file_path not supported/.test(message)) return refuse('parquet_external_data', '', 'file_path')
  if (/unsupported|not supported|unhandled/i.test(message)) return new ParquetRefusal('parquet_unsupported', words)
  return new ParquetRefusal('parquet_unreadable', words)
}
