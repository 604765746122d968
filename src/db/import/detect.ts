// Which contract table is a file? Told by its columns (required ones present, as a share),
// with the file name as a hint for ties and for files that lack a required column — so
// `observations_missing_value_column.parquet` is read as observations and told what is missing.
import { CONTRACT } from '../contract'
import { IMPORT_TABLE_NAMES, type TableName } from '../../types/contract'

export interface Detection {
  table: TableName | null
  /** contract column → the file's own column name (matched ignoring case and spaces) */
  mapping: Record<string, string>
  /** Required contract columns the file lacks. */
  missing: string[]
  /** File columns the contract does not know (ignored). */
  extra: string[]
}

const NAME_HINTS: Record<TableName, RegExp> = {
  indicators: /indicator|指标/i,
  entities: /entit|主体|单位|学校名录/i,
  targets: /target|目标/i,
  observations: /observation|actual|实际|观测|统计/i,
  majors: /major|专业/i,
  school_conditions: /condition|办学条件/i,
}

/** Column names as people write them: `Value `, `VALUE`, `\uFEFFindicator_id`. */
export function normaliseColumn(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, '_')
}

export function nameHint(fileName: string): TableName | null {
  const base = fileName.replace(/\.[^.]+$/, '')
  return IMPORT_TABLE_NAMES.find((t) => NAME_HINTS[t].test(base)) ?? null
}

export function detectTable(columns: readonly string[], fileName: string): Detection {
  const byNorm = new Map<string, string>()
  for (const c of columns) if (!byNorm.has(normaliseColumn(c))) byNorm.set(normaliseColumn(c), c)
  const hint = nameHint(fileName)

  let best: { table: TableName; score: number } | null = null
  for (const table of IMPORT_TABLE_NAMES) {
    const required = CONTRACT[table].filter((c) => c.required)
    const present = required.filter((c) => byNorm.has(c.name)).length
    // Half the required columns is the least that still reads as "this table, with gaps".
    const score = present / required.length + (hint === table ? 0.25 : 0)
    if (present > 0 && score >= 0.5 && (!best || score > best.score)) best = { table, score }
  }
  if (!best) return { table: null, mapping: {}, missing: [], extra: [...columns] }

  const specs = CONTRACT[best.table]
  const mapping: Record<string, string> = {}
  for (const c of specs) {
    const own = byNorm.get(c.name)
    if (own !== undefined) mapping[c.name] = own
  }
  const known = new Set(Object.values(mapping))
  return {
    table: best.table,
    mapping,
    missing: specs.filter((c) => c.required && !(c.name in mapping)).map((c) => c.name),
    extra: columns.filter((c) => !known.has(c)),
  }
}
