// A value with its unit for the catalogue tables. tracking/format.ts knows the contract's
// common units; the others (人次, 学时 …) get a plain number and a translated suffix here.
import { formatNumber, formatValue } from '../../tracking/format'

/** Units tracking/format.ts formats itself. */
const FORMATTED_UNITS: ReadonlySet<string> = new Set(['percent', 'persons', 'count', 'yuan', 'times', 'ratio'])

export interface UnitInfo {
  unit: string | null
  display: string | null
}

/**
 * 60 percent → "60%", 19000 persons → "1.9万人", 35 split → "35:65", 3 person_times with
 * suffix "人次" → "3人次" (zh) / "3 person-times" (en). Unknown indicator → the bare number.
 */
export function formatMeasure(value: number | null, info: UnitInfo, locale: string, suffix: string | null = null): string {
  if (value === null || !Number.isFinite(value)) return '—'
  if (info.unit !== null && (info.display === 'split' || FORMATTED_UNITS.has(info.unit))) {
    return formatValue(value, { unit: info.unit, display: info.display }, locale)
  }
  const plain = formatNumber(value, 2, locale)
  const word = suffix ?? info.unit
  if (!word) return plain
  return locale.toLowerCase().startsWith('zh') ? `${plain}${word}` : `${plain} ${word}`
}

/** Comparator as a message key: `>=` → `ge` (message keys avoid punctuation). */
export function comparatorKey(c: string): 'ge' | 'le' | 'eq' | 'approx' | null {
  switch (c) {
    case '>=':
      return 'ge'
    case '<=':
      return 'le'
    case '=':
      return 'eq'
    case '~':
      return 'approx'
    default:
      return null
  }
}
