// Option pieces every chart shares, so the target line and titles look the same everywhere.
import { TARGET_COLOR } from './theme'

/** The target as a horizontal line labelled with its text (markLine on a value y-axis). */
export function targetMarkLine(value: number, label: string, type: 'dashed' | 'solid' = 'dashed') {
  return {
    symbol: 'none',
    silent: true,
    lineStyle: { type, color: TARGET_COLOR, width: 2 },
    label: { formatter: () => label, position: 'insideEndTop', color: TARGET_COLOR, fontWeight: 'bold' },
    data: [{ yAxis: value }],
  }
}

/** Centered chart title; `compact` (slides, small screens) wraps it to the chart's width. */
export function chartTitle(text: string, compact?: { width: number }) {
  return {
    text,
    left: 'center',
    top: 4,
    textStyle: { fontSize: compact ? 13 : 15, ...(compact ? { width: compact.width - 24, overflow: 'break' } : {}) },
  }
}


/** A value x-axis over calendar years: whole years only, spanning the given years. */
export function yearAxis(name: string, years: readonly number[]) {
  return {
    type: 'value',
    name,
    nameLocation: 'middle',
    nameGap: 26,
    min: Math.min(...years),
    max: Math.max(...years),
    minInterval: 1,
    axisLabel: { formatter: (v: number) => (Number.isInteger(v) ? String(v) : '') },
  }
}
