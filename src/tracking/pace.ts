// Linear pace: change per year between two points. The UN SDG Progress Chart
// compares the actual pace with the pace the target requires; its note measures
// growth as a compound annual rate, we use linear change per year by default
// because plan targets here are mostly shares in percent, stated as levels.
// https://unstats.un.org/sdgs/report/2023/progress-chart-technical-note

export interface Point {
  year: number
  value: number
}

/** Change per year from `from` to `to`; null when both are in the same year. */
export function annualPace(from: Point, to: Point): number | null {
  const years = to.year - from.year
  return years === 0 ? null : (to.value - from.value) / years
}

/** Change per year needed from the start to reach the target in its year; null if no time. */
export function requiredPace(start: Point, targetYear: number, targetValue: number): number | null {
  return targetYear > start.year ? (targetValue - start.value) / (targetYear - start.year) : null
}

/**
 * r = actual / required. Dividing the signed paces handles lower-is-better
 * targets without special cases (both negative → r > 0). Null when the
 * required pace is 0 or missing: then there is nothing to divide by, and the
 * status falls back to whether the level holds (see status.ts).
 */
export function paceRatio(actual: number | null, required: number | null): number | null {
  if (actual === null || required === null || required === 0) return null
  return actual / required
}

/**
 * Value at the target year if the actual pace continues. A latest point at or
 * after the target year is not extrapolated backwards: its value is returned.
 */
export function projectValue(latest: Point, actual: number | null, targetYear: number): number | null {
  if (latest.year >= targetYear) return latest.value
  return actual === null ? null : latest.value + actual * (targetYear - latest.year)
}

/** Share of the way from baseline to target; null without a baseline or when target = baseline. */
export function progressShare(baselineValue: number | null, latestValue: number, targetValue: number): number | null {
  if (baselineValue === null || targetValue === baselineValue) return null
  return (latestValue - baselineValue) / (targetValue - baselineValue)
}

/**
 * r for an `=` target: progress is distance closed, not movement. Baseline 2, target 3,
 * value 6 two years later: the distance grew from 1 to 3, so r = (1 − 3)/2 ÷ (1/4) = −4
 * (deteriorating), where the signed paces would give +8 and read "on track".
 */
export function distanceClosedRatio(start: Point, latest: Point, targetYear: number, targetValue: number): number | null {
  const years = latest.year - start.year
  const required = requiredPace(start, targetYear, targetValue)
  if (years === 0 || required === null || required === 0) return null
  const closedPerYear = (Math.abs(start.value - targetValue) - Math.abs(latest.value - targetValue)) / years
  return closedPerYear / Math.abs(required)
}
