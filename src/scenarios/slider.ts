// The range a slider for an annual change offers: wide enough for the change the target needs
// and the pace so far (twice over), on a round scale, in steps a planner would type.

export interface SliderRange {
  min: number
  max: number
  step: number
}

/** 1, 2 or 5 × 10ⁿ at or above `x`. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1
  const p = 10 ** Math.floor(Math.log10(x))
  const m = x / p
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p
}

/**
 * `percent` mode: ±20 % a year in 0.5 steps. `absolute`: ± a round span covering a tenth of the
 * level, 3 × the pace so far and 2 × the change needed; whole steps for counts.
 */
export function sliderRange(
  mode: 'absolute' | 'percent',
  opts: { level: number | null; trend: number | null; needed: number | null; unit: string; current: number },
): SliderRange {
  let span: number
  let step: number
  if (mode === 'percent') {
    span = 20
    step = 0.5
  } else {
    const wants = [Math.abs(opts.level ?? 0) * 0.1, Math.abs(opts.trend ?? 0) * 3, Math.abs(opts.needed ?? 0) * 2, opts.unit === 'percent' ? 5 : 1]
    span = niceCeil(Math.max(...wants))
    const counted = ['persons', 'count', 'person_times', 'yuan'].includes(opts.unit)
    step = counted ? Math.max(1, span / 200) : span / 200
  }
  const reach = niceCeil(Math.abs(opts.current))
  if (reach > span) span = reach
  return { min: -span, max: span, step }
}
