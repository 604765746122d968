// Sparkline for a headline card: actual values by year and the target as a dashed line.
import type { EChartsCoreOption } from 'echarts/core'
import { TARGET_COLOR, PALETTE } from './theme'

export interface SparkPoint {
  year: number
  value: number
}

export function sparklineOption(points: readonly SparkPoint[], targetValue: number): EChartsCoreOption {
  const values = points.map((p) => p.value)
  const lo = Math.min(targetValue, ...values)
  const hi = Math.max(targetValue, ...values)
  const pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.1 || 1
  return {
    animation: false,
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    xAxis: { type: 'value', show: false, min: 'dataMin', max: 'dataMax' },
    yAxis: { type: 'value', show: false, min: lo - pad, max: hi + pad },
    series: [
      {
        type: 'line',
        data: points.map((p) => [p.year, p.value]),
        showSymbol: true,
        symbolSize: 5,
        lineStyle: { width: 2, color: PALETTE[0] },
        itemStyle: { color: PALETTE[0] },
        silent: true,
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { type: 'dashed', color: TARGET_COLOR, width: 1.5 },
          data: [{ yAxis: targetValue }],
        },
      },
    ],
  }
}
