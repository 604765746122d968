// Controlled vocabularies of the data contract (docs/data-contract.md, data/CURATION.md).
// A value outside these lists is a curation error: the app formats and compares by them.

/**
 * Units the app knows how to format: the contract's list plus what the seed documents need
 * (人次 → person_times, 生均拨款 → yuan_per_student, 企业实践 1 个月 → months, 万平方米 → square_meters). Extend here (and in
 * the app's formatter) when a document needs a new one; anything else is taken for a typo.
 */
export const UNITS = ['percent', 'persons', 'person_times', 'count', 'yuan', 'yuan_per_student', 'times', 'ratio', 'months', 'square_meters'] as const
/** Units whose values can never be negative. */
export const NON_NEGATIVE_UNITS: ReadonlySet<string> = new Set(['persons', 'person_times', 'count'])
export const DIRECTIONS = ['higher_better', 'lower_better'] as const
export const COMPARATORS = ['>=', '<=', '=', '~'] as const
export const BINDINGS = ['binding', 'expected'] as const
export const ENTITY_KINDS = ['region', 'city', 'county', 'school'] as const
export const EDUCATION_LEVELS = ['secondary', 'higher', 'bachelor', 'all'] as const
export const SUM_ROLES = ['total', 'part'] as const
export const SUM_KINDS = ['observation', 'target', 'target_baseline'] as const

/** Years outside this range are typos (SMALLINT would hold them, the dashboard would not). */
export const MIN_YEAR = 1949
export const MAX_YEAR = 2100

/** Derived shares: printed vs computed may differ by rounding; more than this (percentage points) is reported. */
export const DERIVED_TOLERANCE_PP = 0.15
/** Sums: printed total vs sum of parts, relative tolerance for float noise only (documents print exact integers). */
export const SUM_TOLERANCE = 1e-9

export function isOneOf<T extends string>(list: readonly T[], value: string | null): value is T {
  return value !== null && (list as readonly string[]).includes(value)
}
