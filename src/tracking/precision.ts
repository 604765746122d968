// Printed precision: a figure printed as "1.7万" is rounded to the nearest 1,000, so it
// agrees with 17,093 from another table. Only the document's own words (the quote) can say
// a figure was rounded; without a 万/亿 form in the quote the value is taken as exact.
import { nearlyEqual } from './comparator'

const MYRIAD_UNITS: readonly (readonly [string, number])[] = [
  ['亿', 8],
  ['万', 4],
]

/**
 * Step the value was rounded to when printed (1.7万 → 1000, 1.75万 → 100, 2万 → 10000),
 * or 0 when the quote shows no rounded 万/亿 form of this value.
 */
export function printedStep(value: number, quote: string | null): number {
  if (!quote) return 0
  for (const [unit, power] of MYRIAD_UNITS) {
    const pattern = new RegExp(`(\\d+(?:\\.(\\d+))?)\\s*${unit}`, 'g')
    for (const m of quote.matchAll(pattern)) {
      const printed = Number(m[1]) * 10 ** power
      if (nearlyEqual(printed, value)) return 10 ** (power - (m[2]?.length ?? 0))
    }
  }
  return 0
}

export interface PrintedFigure {
  value: number
  quote: string | null
}

/**
 * Two printed figures agree when each could be the other rounded at its printed precision:
 * |a − b| ≤ half the coarser step (1.7万 vs 17,093: 93 ≤ 500). Exact figures must be equal.
 */
export function agreeAtPrecision(a: PrintedFigure, b: PrintedFigure): boolean {
  const step = Math.max(printedStep(a.value, a.quote), printedStep(b.value, b.quote))
  return nearlyEqual(a.value, b.value) || Math.abs(a.value - b.value) <= step / 2 + 1e-9 * Math.max(1, Math.abs(a.value))
}

/** The most precise of the figures (smallest printed step), first on ties. */
export function mostPrecise<T extends PrintedFigure>(figures: readonly T[]): T {
  return figures.reduce((best, f) => (printedStep(f.value, f.quote) < printedStep(best.value, best.quote) ? f : best))
}
