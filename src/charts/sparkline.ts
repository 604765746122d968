// Sparkline for a headline card: actual values by year and the target as a dashed line.
// Drawn as a few SVG paths rather than an ECharts instance so the overview's first figures
// do not wait for the chart library (~190 KB gzip); the detail view uses ECharts.

export interface SparkPoint {
  year: number
  value: number
}

export interface SparklineGeometry {
  /** SVG path of the actual values (M/L commands) */
  line: string
  /** y of the target line */
  targetY: number
  /** the points, in SVG coordinates, for dots */
  dots: { x: number; y: number }[]
}

/** Map points into a width×height box with a small padding; the target is always in view. */
export function sparklineGeometry(points: readonly SparkPoint[], targetValue: number, width = 240, height = 56, pad = 5): SparklineGeometry | null {
  if (points.length === 0) return null
  const years = points.map((p) => p.year)
  const values = points.map((p) => p.value)
  const x0 = Math.min(...years)
  const x1 = Math.max(...years)
  const lo = Math.min(targetValue, ...values)
  const hi = Math.max(targetValue, ...values)
  const sx = (year: number) => (x1 === x0 ? width / 2 : pad + ((year - x0) / (x1 - x0)) * (width - 2 * pad))
  const sy = (v: number) => (hi === lo ? height / 2 : height - pad - ((v - lo) / (hi - lo)) * (height - 2 * pad))
  const dots = points.map((p) => ({ x: round(sx(p.year)), y: round(sy(p.value)) }))
  const line = dots.map((d, i) => `${i ? 'L' : 'M'}${d.x},${d.y}`).join(' ')
  return { line, targetY: round(sy(targetValue)), dots }
}

const round = (n: number) => Math.round(n * 10) / 10
