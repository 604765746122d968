// One indicator of one entity, carried forward year by year from its latest known value:
// an explicit value where the scenario gives one, else the scenario's annual change from its
// year on, else the current trend (the tracking module's linear pace).
import type { Point } from '../tracking'
import type { Assumption } from './model'

export interface PathOptions {
  /** Where the series stands: its latest actual point (or the baseline). */
  start: Point
  /** Current linear pace per year; null with a single point. */
  trend: number | null
  assumption?: Assumption
  /**
   * With no trend and no assumption for a year: hold the level (`true`, used for a derived
   * indicator's parts) or give up (`false`: no projection, as the tracking module does).
   */
  holdWithoutTrend: boolean
}

/** Values for the years after `start` up to `toYear`; null when a year cannot be projected. */
export function projectPath({ start, trend, assumption, holdWithoutTrend }: PathOptions, toYear: number): Point[] | null {
  const explicit = new Map((assumption?.values ?? []).map((v) => [v.year, v.value]))
  const change = assumption?.change ?? null
  const hold = holdWithoutTrend || assumption !== undefined
  const out: Point[] = []
  let value = start.value
  for (let year = start.year + 1; year <= toYear; year++) {
    const given = explicit.get(year)
    if (given !== undefined) value = given
    else if (change && year >= change.from_year) value = change.mode === 'absolute' ? value + change.amount : value * (1 + change.amount / 100)
    else if (trend !== null) value = value + trend
    else if (!hold) return null
    out.push({ year, value })
  }
  return out
}

/**
 * Where a series without any data starts under a scenario: its first explicit value (an assumed
 * level). Years that have actual data never take a scenario value: data wins.
 */
export function assumedStart(assumption: Assumption | undefined): Point | null {
  const first = assumption?.values[0]
  return first ? { year: first.year, value: first.value } : null
}

/** Value of a series in `year` from its actual points and its projected path. */
export function valueIn(actual: readonly Point[], path: readonly Point[], year: number): number | null {
  const exact = actual.find((p) => p.year === year) ?? path.find((p) => p.year === year)
  if (exact) return exact.value
  // Before its own data starts (or between two years): the nearest known year, earlier first.
  const known = [...actual, ...path]
  let best: Point | null = null
  for (const p of known) {
    const d = Math.abs(p.year - year)
    const bestD = best ? Math.abs(best.year - year) : Infinity
    if (d < bestD || (d === bestD && best && p.year < best.year)) best = p
  }
  return best?.value ?? null
}
