// CSV as Excel opens it in China: UTF-8 with a byte-order mark (without it Excel guesses
// GBK and shows mojibake), CRLF line ends, RFC 4180 quoting. Pure.

export type CsvCell = string | number | null | undefined

export const BOM = '\uFEFF'

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (OWASP "CSV injection"): names come from imported data. Numbers are left as numbers.
 */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
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
