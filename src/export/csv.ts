// The one CSV writer (tables, warnings, templates and the importer's rejected rows all use it).
// CSV as Excel opens it in China: UTF-8 with a byte-order mark (without it Excel guesses
// GBK and shows mojibake), CRLF line ends, RFC 4180 quoting. Pure.

export type CsvCell = string | number | null | undefined

export const BOM = '\uFEFF'

/** A plain decimal number written as text (`-3`, `-.5`, `57.4`): a spreadsheet reads it as that number. */
const PLAIN_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/
/**
 * What makes a spreadsheet run a cell as a formula (OWASP "CSV injection"): = + - @, tab or CR
 * first, also after leading spaces, and their full-width forms (＝＋－＠), which Excel and WPS
 * in a Chinese locale treat the same way. `-2+3+cmd|' /C calc'!A0` starts with "-" and a digit
 * and is still a formula; only a cell that is a plain number as a whole is left as it is.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/

/** Names and rows come from imported data: text a spreadsheet would run gets a leading apostrophe. */
export function defuse(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = defuse(value)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export interface CsvOptions {
  /** Prefix the byte-order mark (default true). */
  bom?: boolean
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','))
  return `${options.bom === false ? '' : BOM}${lines.join('\r\n')}\r\n`
}
