// Minimal TSV reader for data/curated (data/CURATION.md): UTF-8, tab-separated, header row,
// no quoting, empty cell = null, cells trimmed. Blank lines and a trailing newline are ignored.

export interface TsvRow {
  /** 1-based line number in the file, for messages like `d003/targets.tsv:12`. */
  line: number
  cells: Record<string, string | null>
}

export interface TsvTable {
  header: string[]
  rows: TsvRow[]
  /** Structural problems (ragged rows, empty or duplicate header names), as `line`, `message`. */
  problems: { line: number; message: string }[]
}

export function parseTsv(text: string): TsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const problems: TsvTable['problems'] = []
  const headerIndex = lines.findIndex((l) => l.trim() !== '')
  if (headerIndex < 0) return { header: [], rows: [], problems }
  const header = (lines[headerIndex] ?? '').split('\t').map((h) => h.trim())
  header.forEach((name, i) => {
    if (name === '') problems.push({ line: headerIndex + 1, message: `empty column name in header (column ${i + 1})` })
    else if (header.indexOf(name) !== i) problems.push({ line: headerIndex + 1, message: `column "${name}" appears twice in header` })
  })
  const rows: TsvRow[] = []
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line.trim() === '') continue
    const raw = line.split('\t')
    // Trailing empty cells may be dropped by editors; extra non-empty cells mean a stray tab.
    const extra = raw.slice(header.length).filter((c) => c.trim() !== '')
    if (extra.length > 0) {
      problems.push({ line: i + 1, message: `${raw.length} cells but the header has ${header.length} columns (a tab inside a value?)` })
    }
    const cells: Record<string, string | null> = {}
    header.forEach((name, j) => {
      const v = (raw[j] ?? '').trim()
      cells[name] = v === '' ? null : v
    })
    rows.push({ line: i + 1, cells })
  }
  return { header, rows, problems }
}
