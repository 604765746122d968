// Reads every data/curated/<folder>/{indicators,entities,targets,observations,sums}.tsv, coerces
// types and merges the folders. Semantic checks (references, vocabularies, duplicates of keyed
// rows) are checkDataset's job; this module only reports what stops a row from being read.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CellReader } from './coerce'
import { COLUMNS, ENTITY_CONTENT, INDICATOR_CONTENT } from './columns'
import { parseTsv } from './tsv'
import {
  CURATED_FILES,
  where,
  type CuratedDataset,
  type CuratedEntity,
  type CuratedFile,
  type CuratedIndicator,
  type Issue,
  type Origin,
} from './types'

export interface CuratedSource {
  /** Folder name, e.g. `common` or `d003`. */
  folder: string
  /** File texts by table; a missing table is simply absent. */
  files: Partial<Record<CuratedFile, string>>
}

/** `common` first (it defines the shared ids), then the document folders in name order. */
export function folderOrder(a: string, b: string): number {
  if (a === b) return 0
  if (a === 'common') return -1
  if (b === 'common') return 1
  return a < b ? -1 : 1
}

export function readCuratedDir(dir: string): CuratedSource[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort(folderOrder)
    .map((folder) => {
      const files: CuratedSource['files'] = {}
      for (const table of CURATED_FILES) {
        const path = join(dir, folder, `${table}.tsv`)
        if (existsSync(path)) files[table] = readFileSync(path, 'utf8')
      }
      return { folder, files }
    })
}

/** Load and merge the curated TSV folders under `dir` (e.g. `data/curated`). */
export function loadCurated(dir: string): CuratedDataset {
  return loadCuratedFromTexts(readCuratedDir(dir))
}

export function loadCuratedFromTexts(sources: readonly CuratedSource[]): CuratedDataset {
  const ds: CuratedDataset = {
    folders: [...sources].map((s) => s.folder).sort(folderOrder),
    indicators: [],
    entities: [],
    targets: [],
    observations: [],
    sums: [],
    errors: [],
    warnings: [],
  }
  const indicatorById = new Map<string, CuratedIndicator>()
  const entityById = new Map<string, CuratedEntity>()
  for (const source of [...sources].sort((a, b) => folderOrder(a.folder, b.folder))) {
    for (const table of CURATED_FILES) {
      const text = source.files[table]
      if (text === undefined) continue
      readTable(ds, `${source.folder}/${table}.tsv`, table, text, indicatorById, entityById)
    }
  }
  return ds
}

function readTable(
  ds: CuratedDataset,
  file: string,
  table: CuratedFile,
  text: string,
  indicatorById: Map<string, CuratedIndicator>,
  entityById: Map<string, CuratedEntity>,
): void {
  const parsed = parseTsv(text)
  for (const p of parsed.problems) ds.errors.push({ code: 'tsv_structure', message: `${file}:${p.line}: ${p.message}`, file, line: p.line })
  if (parsed.header.length === 0) return
  const { required, optional } = COLUMNS[table]
  const missing = required.filter((c) => !parsed.header.includes(c))
  if (missing.length > 0) {
    ds.errors.push({
      code: 'missing_column',
      message: `${file}: header lacks required column(s) ${missing.join(', ')} — file skipped`,
      file,
      line: 1,
    })
    return
  }
  for (const name of parsed.header) {
    if (name !== '' && !required.includes(name) && !optional.includes(name)) {
      ds.warnings.push({ code: 'unknown_column', message: `${file}: unknown column "${name}" is ignored`, file, column: name })
    }
  }
  for (const row of parsed.rows) {
    const origin: Origin = { file, line: row.line }
    const before = ds.errors.length
    const r = new CellReader(row.cells, origin, ds.errors)
    switch (table) {
      case 'indicators': {
        const indicator_id = r.id('indicator_id')
        if (indicator_id === undefined) break
        const ind: CuratedIndicator = {
          indicator_id,
          name_zh: r.requiredText('name_zh'),
          name_en: r.requiredText('name_en'),
          unit: r.requiredText('unit'),
          direction: r.requiredText('direction'),
          category: r.text('category'),
          education_level: r.text('education_level'),
          formula: r.text('formula'),
          display: r.text('display'),
          note: r.text('note'),
          origin,
        }
        mergeDefinition(ds, 'indicator', indicatorById, indicator_id, ind, INDICATOR_CONTENT, ds.indicators)
        break
      }
      case 'entities': {
        const entity_id = r.id('entity_id')
        if (entity_id === undefined) break
        const ent: CuratedEntity = {
          entity_id,
          name_zh: r.requiredText('name_zh'),
          name_en: r.text('name_en'),
          kind: r.requiredText('kind'),
          parent_id: r.text('parent_id'),
          aliases: r.text('aliases'),
          note: r.text('note'),
          origin,
        }
        mergeDefinition(ds, 'entity', entityById, entity_id, ent, ENTITY_CONTENT, ds.entities)
        break
      }
      case 'targets': {
        const target_id = r.id('target_id')
        const baseline_year = r.year('baseline_year')
        const baseline_value = r.number('baseline_value')
        const target_year = r.requiredYear('target_year')
        const target_value = r.requiredNumber('target_value')
        if (ds.errors.length > before || target_id === undefined || baseline_year === undefined) break
        if (baseline_value === undefined || target_year === undefined || target_value === undefined) break
        ds.targets.push({
          target_id,
          indicator_id: r.requiredText('indicator_id'),
          entity_id: r.requiredText('entity_id'),
          baseline_year,
          baseline_value,
          target_year,
          target_value,
          comparator: r.requiredText('comparator'),
          binding: r.text('binding'),
          source_doc: r.requiredText('source_doc'),
          source_ref: r.requiredText('source_ref'),
          quote: r.text('quote'),
          note: r.text('note'),
          kind: r.text('kind'),
          same_goal_as: r.text('same_goal_as'),
          related: r.text('related'),
          origin,
        })
        break
      }
      case 'observations': {
        const year = r.requiredYear('year')
        const value = r.requiredNumber('value')
        const period_end = r.date('period_end')
        if (year === undefined || value === undefined || period_end === undefined) break
        ds.observations.push({
          indicator_id: r.requiredText('indicator_id'),
          entity_id: r.requiredText('entity_id'),
          year,
          value,
          period_end,
          source_doc: r.requiredText('source_doc'),
          source_ref: r.requiredText('source_ref'),
          quote: r.text('quote'),
          note: r.text('note'),
          origin,
        })
        break
      }
      case 'sums': {
        const check_id = r.id('check_id')
        const year = r.requiredYear('year')
        if (check_id === undefined || year === undefined) break
        ds.sums.push({
          check_id,
          kind: r.requiredText('kind'),
          role: r.requiredText('role'),
          indicator_id: r.requiredText('indicator_id'),
          entity_id: r.requiredText('entity_id'),
          year,
          source_doc: r.text('source_doc'),
          source_ref: r.text('source_ref'),
          origin,
        })
        break
      }
    }
  }
}

/**
 * Indicators and entities are a shared catalogue: the same id may be defined in several folders
 * only if the definitions are identical (apart from `note`).
 */
function mergeDefinition<T extends { origin: Origin }>(
  ds: CuratedDataset,
  what: 'indicator' | 'entity',
  byId: Map<string, T>,
  id: string,
  row: T,
  content: readonly (keyof T & string)[],
  out: T[],
): void {
  const first = byId.get(id)
  if (first === undefined) {
    byId.set(id, row)
    out.push(row)
    return
  }
  const differing = content.filter((c) => first[c] !== row[c])
  if (differing.length === 0) return
  const detail = differing.map((c) => `${c}: "${String(first[c] ?? '')}" vs "${String(row[c] ?? '')}"`).join('; ')
  const issue: Issue = {
    code: `conflicting_${what}`,
    message: `${what} "${id}" is defined differently in ${where(first.origin)} and ${where(row.origin)} (${detail})`,
    file: row.origin.file,
    line: row.origin.line,
  }
  ds.errors.push(issue)
}
