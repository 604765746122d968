// Dataset facts kept beside the tables (data/CURATION.md, "Dataset facts"): the titles of the
// cited documents (data/curated/documents.tsv) and the overview's headline targets
// (data/curated/headlines.tsv). `npm run data` writes them into manifest.json; the app reads them
// from there (src/types/datasetFacts.ts), so nothing about this dataset is written into src/.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DatasetFacts, DocumentInfo } from '../../src/types/datasetFacts'
import { parseTsv } from './tsv'
import type { CuratedDataset, Issue } from './types'

export interface CuratedFacts {
  facts: Required<DatasetFacts>
  errors: Issue[]
}

const DOC_COLUMNS = ['source_doc', 'title_zh', 'title_en', 'short_zh', 'short_en'] as const

function readTsv(path: string, file: string, required: readonly string[], errors: Issue[]) {
  if (!existsSync(path)) {
    errors.push({ code: 'missing_file', message: `${file}: file is missing`, file })
    return []
  }
  const table = parseTsv(readFileSync(path, 'utf8'))
  for (const p of table.problems) errors.push({ code: 'tsv_structure', message: `${file}:${p.line}: ${p.message}`, file, line: p.line })
  for (const col of required) {
    if (!table.header.includes(col)) errors.push({ code: 'missing_column', message: `${file}: column ${col} is missing`, file, column: col })
  }
  return table.rows
}

/** Read data/curated/{documents,headlines}.tsv and check them against the curated tables. */
export function loadFacts(dir: string, ds: CuratedDataset): CuratedFacts {
  const errors: Issue[] = []
  const documents: Record<string, DocumentInfo> = {}
  for (const row of readTsv(join(dir, 'documents.tsv'), 'documents.tsv', DOC_COLUMNS, errors)) {
    const c = row.cells
    const at = `documents.tsv:${row.line}`
    const missing = DOC_COLUMNS.filter((k) => !c[k])
    if (missing.length) {
      errors.push({ code: 'missing_value', message: `${at}: empty ${missing.join(', ')}`, file: 'documents.tsv', line: row.line })
      continue
    }
    if (documents[c.source_doc!]) errors.push({ code: 'duplicate_key', message: `${at}: ${c.source_doc} listed twice`, file: 'documents.tsv', line: row.line })
    documents[c.source_doc!] = { title_zh: c.title_zh!, title_en: c.title_en!, short_zh: c.short_zh!, short_en: c.short_en! }
  }
  const cited = new Set([...ds.targets.map((t) => t.source_doc), ...ds.observations.map((o) => o.source_doc)])
  for (const doc of cited) {
    if (doc && !documents[doc]) errors.push({ code: 'unknown_document', message: `documents.tsv: ${doc} is cited but has no title`, file: 'documents.tsv' })
  }

  const targetIds = new Set(ds.targets.map((t) => t.target_id))
  const headlines: string[] = []
  for (const row of readTsv(join(dir, 'headlines.tsv'), 'headlines.tsv', ['target_id'], errors)) {
    const id = row.cells.target_id
    const at = `headlines.tsv:${row.line}`
    if (!id) errors.push({ code: 'missing_value', message: `${at}: empty target_id`, file: 'headlines.tsv', line: row.line })
    else if (!targetIds.has(id)) errors.push({ code: 'unknown_target', message: `${at}: ${id} is not a target in data/curated`, file: 'headlines.tsv', line: row.line })
    else if (headlines.includes(id)) errors.push({ code: 'duplicate_key', message: `${at}: ${id} listed twice`, file: 'headlines.tsv', line: row.line })
    else headlines.push(id)
  }
  return { facts: { headlines, documents }, errors }
}
