// Rows → CSV text for the importer's own reader (RFC 4180 quoting only). Not for people: the
// text goes straight to DuckDB's read_csv, so nothing is defused or reformatted here.
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v)
  const lines = [header.map(quote).join(',')]
  for (const r of rows) lines.push(r.map(quote).join(','))
  return lines.join('\n') + '\n'
}
