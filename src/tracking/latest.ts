// What is known about one target's indicator and entity as of a date: the
// observations by year (conflicts resolved, never hidden), the baseline, and
// the start and latest points the pace is measured between.
import type { Observation, Target } from '../types/contract'
import { nearlyEqual } from './comparator'
import { agreeAtPrecision, mostPrecise } from './precision'

/** One source's figure, kept so the UI can cite it (docs/data-contract.md: conflicts are kept and shown). */
export interface SourcedValue {
  value: number
  source_doc: string
  source_ref: string
  quote: string | null
  period_end: string | null
  /** The curator's note on the row, when the dataset has a `note` column. */
  note?: string | null
}

/**
 * One year of the series. `value` is always a figure a source printed: the most precise
 * one when sources agree at their printed precision, the first (by source) when they
 * conflict — then `conflict` is true and the verdict is judged against each source.
 */
export interface YearPoint {
  year: number
  value: number
  kind: 'observation' | 'baseline'
  /** Every source for that year, sorted by source_doc then source_ref. */
  sources: SourcedValue[]
  /** Two or more sources give values that do not agree even at their printed precision. */
  conflict: boolean
  /** Sources print different forms that agree at precision (1.7万 and 17,093). */
  rounded: boolean
}

/**
 * How a conflicting year is handled: never averaged (no source printed a mean). The target
 * is judged against each source's figure; one verdict when they all agree, else
 * `depends_on_source` (status.ts). All values travel with the result.
 */
export const CONFLICT_RESOLUTION = 'per_source' as const

export interface Series {
  /** Where the pace is measured from: the baseline, else the first observation. */
  start: YearPoint | null
  /** The latest observation at or after the start; the baseline if none. */
  latest: YearPoint | null
  /** Baseline (if used) and the observations from the start year on, by year. */
  points: YearPoint[]
  /** Distinct years in `points`: the baseline counts as one. */
  pointCount: number
}

/** Observations of this indicator and entity up to the as-of year (defensive filter). */
export function observationsFor(
  observations: readonly Observation[],
  indicatorId: string,
  entityId: string,
  asOfYear: number,
): Observation[] {
  return observations.filter(
    (o) =>
      o.indicator_id === indicatorId &&
      o.entity_id === entityId &&
      Number.isFinite(o.year) &&
      Number.isFinite(o.value) &&
      o.year <= asOfYear,
  )
}

/** Group observations (one indicator and entity) by year, ascending, resolving conflicts. */
export function pointsByYear(observations: readonly Observation[]): YearPoint[] {
  const byYear = new Map<number, SourcedValue[]>()
  for (const o of observations) {
    const sources = byYear.get(o.year) ?? []
    sources.push({
      value: o.value,
      source_doc: o.source_doc,
      source_ref: o.source_ref,
      quote: o.quote,
      period_end: o.period_end,
      note: (o as { note?: string | null }).note ?? null,
    })
    byYear.set(o.year, sources)
  }
  const points: YearPoint[] = []
  for (const [year, sources] of byYear) {
    sources.sort((a, b) => compareText(a.source_doc, b.source_doc) || compareText(a.source_ref, b.source_ref))
    // Fast path O(n): all equal. The pairwise precision check only runs when they differ.
    const first = sources[0]!.value
    const conflict = !sources.every((x) => nearlyEqual(x.value, first)) && sources.some((a, i) => sources.slice(i + 1).some((b) => !agreeAtPrecision(a, b)))
    const value = conflict ? sources[0]!.value : mostPrecise(sources).value
    const rounded = !conflict && sources.some((s) => s.value !== value)
    points.push({ year, value, kind: 'observation', sources, conflict, rounded })
  }
  return points.sort((a, b) => a.year - b.year)
}

/**
 * The target's baseline as a point, when it can anchor a pace: it needs both a
 * year and a value, and a baseline after the as-of year is not yet known then.
 */
export function baselinePoint(target: Target, asOfYear: number): YearPoint | null {
  const { baseline_year: year, baseline_value: value } = target
  if (year === null || value === null || !Number.isFinite(value) || year > asOfYear) return null
  const source: SourcedValue = {
    value,
    source_doc: target.source_doc,
    source_ref: target.source_ref,
    quote: target.quote,
    period_end: null,
  }
  return { year, value, kind: 'baseline', sources: [source], conflict: false, rounded: false }
}

/**
 * Start and latest points. With a baseline, observations before its year are
 * history before the plan and are left out; the plan's own baseline value is the
 * start even when a statistic for that year differs (it is what the target was
 * set against). Without any observation from the baseline year on, the baseline
 * is the latest known value.
 */
export function buildSeries(target: Target, observations: readonly Observation[], asOfYear: number): Series {
  const baseline = baselinePoint(target, asOfYear)
  const observed = pointsByYear(observations).filter((p) => p.year <= asOfYear)
  const used = baseline ? observed.filter((p) => p.year >= baseline.year) : observed
  const points = baseline ? [baseline, ...used] : used
  const start = points[0] ?? null
  const latest = used.at(-1) ?? baseline
  const pointCount = new Set(points.map((p) => p.year)).size
  return { start, latest, points, pointCount }
}

// Code-unit order, not localeCompare: the same order in every browser and locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
