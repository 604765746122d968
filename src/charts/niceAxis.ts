// "Nice" axis ends (multiples of half a power of ten: 90, 70, 1,500, 0.4) that always take in the target line: an axis that stops
// at 85.5, or at 65 under a 70% target, hides the very line a planner reads the chart against.

/** The smallest nice number ≥ v (v > 0); 0 for 0; a negative v gets the mirror (for a nice floor use niceFloor). */
export function niceCeil(v: number): number {
  if (!Number.isFinite(v) || v === 0) return 0
  if (v < 0) return -niceFloor(-v)
  const mag = 10 ** Math.floor(Math.log10(v))
  // Steps of half the magnitude: 85.5 → 90, 70 → 70, 31,609 → 35,000 (whole magnitudes overshoot: 101 → 200).
  const step = mag / 2
  return Number((Math.ceil(v / step - 1e-9) * step).toPrecision(12))
}

/** The largest nice number ≤ v. */
export function niceFloor(v: number): number {
  if (!Number.isFinite(v) || v === 0) return 0
  if (v < 0) return -niceCeil(-v)
  const mag = 10 ** Math.floor(Math.log10(v))
  const step = mag / 2
  return Number((Math.floor(v / step + 1e-9) * step).toPrecision(12))
}

/** Axis bounds covering every value and the target, with nice ends; a bar axis (fromZero) starts at 0. */
export function niceBounds(values: readonly (number | null)[], target: number | null, fromZero = false): { min: number; max: number } {
  const xs = [...values, target].filter((v): v is number => v !== null && Number.isFinite(v))
  if (!xs.length) return { min: 0, max: 1 }
  const hi = Math.max(...xs)
  const lo = Math.min(...xs)
  const max = niceCeil(hi)
  const min = fromZero ? Math.min(0, niceFloor(lo)) : niceFloor(lo)
  return { min, max: max > min ? max : min + 1 }
}

/** 1, 2 or 5 × a power of ten, at least v (v > 0). */
function niceStep(v: number): number {
  const mag = 10 ** Math.floor(Math.log10(v))
  const f = v / mag
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag
}

/**
 * A line chart's value axis: ends on whole steps of 1, 2 or 5 × 10ⁿ (about `ticks` of them: few, round labels that read on a slide), so
 * the end labels read 56 or 66, never 56.5; covering every value and the target line, with a
 * little room so no point sits on the frame; never below 0 for data that is not negative.
 * The step goes to ECharts as the interval, so the ticks land on the ends.
 */
export function niceScale(values: readonly (number | null)[], target: number | null, ticks = 4): { min: number; max: number; interval: number } {
  const xs = [...values, target].filter((v): v is number => v !== null && Number.isFinite(v))
  if (!xs.length) return { min: 0, max: 1, interval: 0.2 }
  const lo = Math.min(...xs)
  const hi = Math.max(...xs)
  const range = hi - lo || Math.abs(hi) * 0.1 || 1
  const pad = range * 0.08
  const step = niceStep((range + 2 * pad) / ticks)
  const round = (v: number) => Number(v.toPrecision(12))
  const min = round(Math.floor((lo - pad) / step) * step)
  return { min: lo >= 0 ? Math.max(0, min) : min, max: round(Math.ceil((hi + pad) / step) * step), interval: round(step) }
}
