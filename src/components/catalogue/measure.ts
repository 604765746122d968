// A value with its unit for the catalogue tables. tracking/format.ts formats every unit of the
// vocabulary (src/vocab); a unit a user's data brings that is not in it gets a plain number and
// the unit's own code after it.
import { formatNumber, formatValue } from '../../tracking/format'
import { COMPARATOR_KEYS, isOneOf, UNITS, type ComparatorKey } from '../../vocab'

export interface UnitInfo {
  unit: string | null
  display: string | null
}

/**
 * 60 percent → "60%", 19000 persons → "1.9万人", 35 split → "35:65", 3 person_times → "3人次"
 * (zh) / "3 person-times" (en); 3 of a unit outside the vocabulary → "3 unit". No unit → the number.
 */
export function formatMeasure(value: number | null, info: UnitInfo, locale: string): string {
  if (value === null || !Number.isFinite(value)) return '—'
  if (info.unit !== null && (info.display === 'split' || isOneOf(UNITS, info.unit))) {
    return formatValue(value, { unit: info.unit, display: info.display }, locale)
  }
  const plain = formatNumber(value, 2, locale)
  return info.unit ? `${plain} ${info.unit}` : plain
}

/** Comparator as a message key: `>=` → `ge` (message keys avoid punctuation); null outside the vocabulary. */
export function comparatorKey(c: string): ComparatorKey | null {
  return Object.hasOwn(COMPARATOR_KEYS, c) ? COMPARATOR_KEYS[c as keyof typeof COMPARATOR_KEYS] : null
}
