// The data contract's controlled vocabularies, each defined once with its zh/en words
// (docs/data-contract.md, data/CURATION.md). The data scripts (data/lib/vocab.ts), the
// import checks, the formatter and the message files all take their lists and words from here,
// so a word cannot drift between views again (category "quality" was 质量建设 in the tracker
// and 质量 in the catalogue). Pure: no Vue, no DuckDB, importable from Node scripts.

export interface Words {
  zh: string
  en: string
}
type Vocabulary<K extends string> = Readonly<Record<K, Words>>

/** Comparators of a target, with the message-key-safe name used in some message files. */
export const COMPARATORS = ['>=', '<=', '=', '~'] as const
export type ComparatorCode = (typeof COMPARATORS)[number]
export const COMPARATOR_WORDS: Vocabulary<ComparatorCode> = {
  '>=': { zh: '不低于', en: 'at least' },
  '<=': { zh: '不高于', en: 'at most' },
  '=': { zh: '等于', en: 'exactly' },
  '~': { zh: '约', en: 'about' },
}
/** `>=` → `ge` (message keys avoid punctuation). */
export const COMPARATOR_KEYS = { '>=': 'ge', '<=': 'le', '=': 'eq', '~': 'approx' } as const satisfies Record<ComparatorCode, string>
export type ComparatorKey = (typeof COMPARATOR_KEYS)[ComparatorCode]

export const BINDINGS = ['binding', 'expected'] as const
export const BINDING_WORDS: Vocabulary<(typeof BINDINGS)[number]> = {
  binding: { zh: '控制性', en: 'Binding' },
  expected: { zh: '预期性', en: 'Expected' },
}

export const EDUCATION_LEVELS = ['secondary', 'higher', 'bachelor', 'all'] as const
export const LEVEL_WORDS: Vocabulary<(typeof EDUCATION_LEVELS)[number]> = {
  secondary: { zh: '中职', en: 'Secondary vocational' },
  higher: { zh: '高职', en: 'Higher vocational' },
  bachelor: { zh: '职业本科', en: 'Vocational bachelor' },
  all: { zh: '全学段', en: 'All levels' },
}

export const ENTITY_KINDS = ['region', 'city', 'county', 'school'] as const
export const ENTITY_KIND_WORDS: Vocabulary<(typeof ENTITY_KINDS)[number]> = {
  region: { zh: '自治区', en: 'Region' },
  city: { zh: '盟市', en: 'City / League' },
  county: { zh: '旗县区', en: 'County' },
  school: { zh: '学校', en: 'School' },
}

export const DIRECTIONS = ['higher_better', 'lower_better'] as const
export const DIRECTION_WORDS: Vocabulary<(typeof DIRECTIONS)[number]> = {
  higher_better: { zh: '越高越好', en: 'Higher is better' },
  lower_better: { zh: '越低越好', en: 'Lower is better' },
}

/** Indicator categories (indicators.category); null or another value is shown as it is. */
export const CATEGORIES = ['scale', 'structure', 'teachers', 'industry_integration', 'conditions', 'funding', 'outcomes', 'quality', 'cooperation'] as const
export const CATEGORY_WORDS: Vocabulary<(typeof CATEGORIES)[number]> = {
  scale: { zh: '规模', en: 'Scale' },
  structure: { zh: '结构', en: 'Structure' },
  teachers: { zh: '师资', en: 'Teachers' },
  industry_integration: { zh: '产教融合', en: 'Industry–education integration' },
  conditions: { zh: '办学条件', en: 'School conditions' },
  funding: { zh: '经费', en: 'Funding' },
  outcomes: { zh: '成效', en: 'Outcomes' },
  quality: { zh: '质量建设', en: 'Quality' },
  cooperation: { zh: '合作交流', en: 'Cooperation' },
}

/**
 * Units the app formats (tracking/format.ts has a case for each): the contract's list plus what
 * the seed documents need (人次, 生均拨款, 企业实践 1 个月, 万平方米). Anything else is a typo.
 */
export const UNITS = ['percent', 'persons', 'person_times', 'count', 'yuan', 'yuan_per_student', 'times', 'ratio', 'months', 'square_meters'] as const
export type Unit = (typeof UNITS)[number]
/** A unit's name, as a column value in the catalogue. */
export const UNIT_WORDS: Vocabulary<Unit> = {
  percent: { zh: '百分比（%）', en: 'percent (%)' },
  persons: { zh: '人', en: 'persons' },
  person_times: { zh: '人次', en: 'person-times' },
  count: { zh: '个（项）', en: 'count' },
  yuan: { zh: '元', en: 'yuan' },
  yuan_per_student: { zh: '元/生', en: 'yuan per student' },
  times: { zh: '倍', en: 'times (×)' },
  ratio: { zh: '比值（∶1）', en: 'ratio (:1)' },
  months: { zh: '个月', en: 'months' },
  square_meters: { zh: '平方米', en: 'square metres' },
}
/** Units whose values can never be negative (data checks and import checks). */
export const NON_NEGATIVE_UNITS: ReadonlySet<string> = new Set<Unit>(['persons', 'person_times', 'count'])

export function isOneOf<T extends string>(list: readonly T[], value: string | null | undefined): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
}

/** One language's words of a vocabulary, as a message-file object: `{ scale: '规模', … }`. */
export function wordsIn<K extends string>(vocabulary: Vocabulary<K>, lang: keyof Words): Record<K, string> {
  return Object.fromEntries(Object.entries<Words>(vocabulary).map(([k, w]) => [k, w[lang]])) as Record<K, string>
}

/** The same, keyed by another name (comparators by `ge`/`le`… in message keys). */
export function wordsByKey<K extends string, N extends string>(vocabulary: Vocabulary<K>, keys: Readonly<Record<K, N>>, lang: keyof Words): Record<N, string> {
  return Object.fromEntries(Object.entries<Words>(vocabulary).map(([k, w]) => [keys[k as K], w[lang]])) as Record<N, string>
}
