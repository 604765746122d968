// What kind of file is this? Told by its bytes first and its name second, so a Parquet file
// called .csv still loads and a text file called .parquet gets the right message.
import type { FileFormat } from './types'
import { isWorkbookHead } from './xlsxSniff'

export type Sniffed =
  | { format: FileFormat }
  | { format: null; problem: 'not_parquet' | 'parquet_truncated' | 'not_parquet_or_csv' | 'empty_file' }

const MAGIC = [0x50, 0x41, 0x52, 0x31] // "PAR1" at both ends of every Parquet file

const startsWithMagic = (b: Uint8Array, at: number) => MAGIC.every((m, i) => b[at + i] === m)

/** `head` holds the first bytes (≥ 4 096 when the file is that long), `tail` the last 4. */
export function sniffFormat(name: string, size: number, head: Uint8Array, tail: Uint8Array): Sniffed {
  if (size === 0) return { format: null, problem: 'empty_file' }
  const lower = name.toLowerCase()
  if (size >= 4 && startsWithMagic(head, 0)) {
    // Footer magic missing: the download or copy was cut short.
    return size >= 12 && startsWithMagic(tail, 0) ? { format: 'parquet' } : { format: null, problem: 'parquet_truncated' }
  }
  if (lower.endsWith('.parquet') || lower.endsWith('.pq')) return { format: null, problem: 'not_parquet' }
  // Zip (.xlsx) or OLE (.xls, password-protected .xlsx): xlsxStage.ts tells which and why not.
  if (isWorkbookHead(head) || lower.endsWith('.xlsx')) return { format: 'xlsx' }
  if (looksLikeText(head)) return { format: 'csv' }
  return { format: null, problem: 'not_parquet_or_csv' }
}

/** Text has no NUL bytes and few control characters (tabs and line ends are fine). */
export function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false
  let control = 0
  for (const b of head) {
    if (b === 0) return false
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++
  }
  return control / head.length < 0.01
}
