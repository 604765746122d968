// Small helpers the detail and benchmark views share: unit words for chart titles and axes,
// and tick labels.
import { formatNumber } from '../../tracking'
import type { Indicator } from '../../types/contract'

type Translate = (key: string) => string
type Exists = (key: string) => boolean

/** "%", "人", "persons" …: the unit as a chart title or axis names it; the raw unit when unknown. */
export function unitLabel(indicator: Pick<Indicator, 'unit' | 'display'> | undefined, t: Translate, te: Exists): string {
  if (!indicator) return ''
  const key = indicator.display === 'split' ? 'detail.unit.split' : `detail.unit.${indicator.unit}`
  return te(key) ? t(key) : indicator.unit
}

/** Tick label for a value axis: grouped digits, at most two decimals (units are in the axis name). */
export function axisNumber(locale: string): (v: number) => string {
  return (v: number) => formatNumber(v, 2, locale)
}
