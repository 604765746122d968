// Display of values and gaps by unit. Values arrive normalised (docs/data-contract.md):
// percent 0–100, persons not 万人, yuan not 万元; this puts the familiar form back.
import type { Indicator } from '../types/contract'

/** Anything from `zh`, `zh-CN` … counts as Chinese; everything else is English. */
export type Locale = string

type UnitOf = Pick<Indicator, 'unit' | 'display'>

/** Decimals shown per unit; counts of people and things are whole. */
const FRACTION_DIGITS: Readonly<Record<string, number>> = {
  percent: 1,
  persons: 0,
  count: 0,
  yuan: 2,
  times: 2,
  ratio: 1,
}
const DEFAULT_FRACTION_DIGITS = 1

/** Chinese large-number units; a value is shown in them only when it reads exactly (1.9万, not 3.1609万). */
const ZH_MYRIADS: readonly (readonly [number, string])[] = [
  [1e8, '亿'],
  [1e4, '万'],
]

const numberFormats = new Map<string, Intl.NumberFormat>()

function isZh(locale: Locale): boolean {
  return locale.toLowerCase().startsWith('zh')
}

function fractionDigits(unit: string): number {
  return FRACTION_DIGITS[unit] ?? DEFAULT_FRACTION_DIGITS
}

/** Grouped number (19,000), at most `digits` decimals, no "-0". */
export function formatNumber(value: number, digits: number, locale: Locale): string {
  const tag = isZh(locale) ? 'zh-CN' : 'en-US'
  const key = `${tag}|${digits}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(tag, { maximumFractionDigits: digits, useGrouping: true })
    numberFormats.set(key, format)
  }
  const factor = 10 ** digits
  const rounded = Math.round(value * factor) / factor
  return format.format(rounded === 0 ? 0 : rounded)
}

/** 19000 → "1.9万", 150000000 → "1.5亿"; null when it would need more than two decimals. */
function zhMyriad(value: number, locale: Locale): string | null {
  for (const [size, suffix] of ZH_MYRIADS) {
    const hundredths = value / (size / 100)
    if (Math.abs(value) >= size && Math.abs(hundredths - Math.round(hundredths)) < 1e-9) {
      return formatNumber(value / size, 2, locale) + suffix
    }
  }
  return null
}

/** Vocational share v shown as the 职普比 "v:(100−v)", e.g. 40 → "40:60". */
export function formatSplit(value: number, locale: Locale = 'en'): string {
  return `${formatNumber(value, 1, locale)}:${formatNumber(100 - value, 1, locale)}`
}

/**
 * A value as people read it: percent "57.4%", persons "19,000 persons" /
 * "1.9万人", count "370" (the noun depends on the indicator, so the UI adds it),
 * yuan "12,000 yuan" / "1.2万元", times "2.5×" / "2.5倍", ratio "16.5:1",
 * display `split` "40:60". Null or non-finite → "—".
 */
export function formatValue(value: number | null, indicator: UnitOf, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return '—'
  if (indicator.display === 'split') return formatSplit(value, locale)
  const zh = isZh(locale)
  const plain = formatNumber(value, fractionDigits(indicator.unit), locale)
  switch (indicator.unit) {
    case 'percent':
      return `${plain}%`
    case 'persons':
      if (zh) return `${zhMyriad(value, locale) ?? plain}人`
      return `${plain} ${value === 1 ? 'person' : 'persons'}`
    case 'count':
      return plain
    case 'yuan':
      return zh ? `${zhMyriad(value, locale) ?? plain}元` : `${plain} yuan`
    case 'times':
      return zh ? `${plain}倍` : `${plain}×`
    case 'ratio':
      return `${plain}:1`
    case 'person_times':
      return zh ? `${zhMyriad(value, locale) ?? plain}人次` : `${plain} person-times`
    case 'yuan_per_student':
      return zh ? `${plain}元/生` : `${plain} yuan/student`
    case 'months':
      return zh ? `${plain}个月` : `${plain} months`
    case 'square_meters':
      return zh ? `${zhMyriad(value, locale) ?? plain}平方米` : `${plain} m²`
    default:
      return indicator.unit ? `${plain} ${indicator.unit}` : plain
  }
}

/** What a gap is counted in: percentage points for percent (and split), else the unit. */
export type GapUnitKind = 'percentage_points' | 'persons' | 'count' | 'yuan' | 'times' | 'ratio' | (string & {})

/** Percent gaps (split included) are percentage points; other units count in themselves. */
export function gapUnitKind(unit: string): GapUnitKind {
  return unit === 'percent' ? 'percentage_points' : unit
}

export interface GapParts {
  /** |gap|, rounded to the unit's decimals. */
  amount: number
  /** `amount` formatted for the locale (grouping, decimals), without unit. */
  text: string
  unitKind: GapUnitKind
  /** gap ≤ 0: the target is met (see comparator.ts for the sign convention). */
  met: boolean
}

/**
 * Parts for the UI to phrase a gap ("差 12.6 个百分点" / "12.6 pp short");
 * the wording and plural rules belong to i18n, not here.
 */
export function formatGap(gap: number | null, indicator: UnitOf, locale: Locale): GapParts | null {
  if (gap === null || !Number.isFinite(gap)) return null
  const digits = fractionDigits(indicator.unit)
  const factor = 10 ** digits
  const amount = Math.round(Math.abs(gap) * factor) / factor
  return { amount, text: formatNumber(amount, digits, locale), unitKind: gapUnitKind(indicator.unit), met: gap <= 0 }
}
