// Controlled vocabularies of the data contract (docs/data-contract.md, data/CURATION.md).
// A value outside these lists is a curation error: the app formats and compares by them.

// The vocabularies the app shows (units, directions, comparators, bindings, entity kinds, levels)
// are defined once, with their zh/en words, in src/vocab; the data checks use the same lists.
export { BINDINGS, COMPARATORS, DIRECTIONS, EDUCATION_LEVELS, ENTITY_KINDS, NON_NEGATIVE_UNITS, UNITS } from '../../src/vocab'
export const SUM_ROLES = ['total', 'part'] as const
export const SUM_KINDS = ['observation', 'target', 'target_baseline'] as const

/** Years outside this range are typos (SMALLINT would hold them, the dashboard would not). */
export const MIN_YEAR = 1949
export const MAX_YEAR = 2100

/** Derived shares: printed vs computed may differ by rounding; more than this (percentage points) is reported. */
export const DERIVED_TOLERANCE_PP = 0.15
/** Sums: printed total vs sum of parts, relative tolerance for float noise only (documents print exact integers). */
export const SUM_TOLERANCE = 1e-9

export { isOneOf } from '../../src/vocab'
