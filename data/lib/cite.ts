// Small shared helpers of the checks: citing a row, deterministic ordering, rounding for display.
import type { CitedValue } from './report-types'
import { where, type CuratedObservation, type CuratedTarget } from './types'

export function citeObservation(o: CuratedObservation): CitedValue {
  return {
    indicator_id: o.indicator_id,
    entity_id: o.entity_id,
    year: o.year,
    value: o.value,
    source_doc: o.source_doc,
    source_ref: o.source_ref,
    quote: o.quote,
    note: o.note,
    at: where(o.origin),
  }
}

/** A target's target_value (year = target_year) or, with `baseline`, its baseline_value (year = baseline_year). */
export function citeTarget(t: CuratedTarget, baseline = false): CitedValue {
  return {
    indicator_id: t.indicator_id,
    entity_id: t.entity_id,
    year: baseline ? (t.baseline_year ?? t.target_year) : t.target_year,
    value: baseline ? (t.baseline_value ?? NaN) : t.target_value,
    source_doc: t.source_doc,
    source_ref: t.source_ref,
    quote: t.quote,
    note: t.note,
    at: where(t.origin),
  }
}

/** Code-point order (what DuckDB's ORDER BY on VARCHAR gives), independent of the machine's locale. */
export function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function byKeys<T>(...keys: ((row: T) => string | number)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const c = cmp(key(a), key(b))
      if (c !== 0) return c
    }
    return 0
  }
}

/** Rounds float noise away (0.1 + 0.2) so the report and checks.json read cleanly. */
export function tidy(x: number): number {
  return Math.round(x * 1e6) / 1e6
}

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}
