// Charts on a slide: the same option, with type large enough to read across a room
// (≥18 px at 1280×720) and darker axis text for a projector. Pure.
import type { EChartsCoreOption } from 'echarts/core'
import type { InjectionKey } from 'vue'

/** Provided as true by the presenter view: BaseChart then draws the presentation variant. */
export const PRESENTING: InjectionKey<boolean> = Symbol('presenting')

export const SLIDE_CHART_FONT = 18
const INK = '#111111'

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const each = (v: unknown, f: (o: Obj) => Obj): unknown => (Array.isArray(v) ? v.map((o) => (isObj(o) ? f(o) : o)) : isObj(v) ? f(v) : v)
const atLeast = (style: unknown, size: number, extra: Obj = {}): Obj => {
  const s = isObj(style) ? style : {}
  return { ...s, ...extra, fontSize: Math.max(typeof s.fontSize === 'number' ? s.fontSize : 0, size) }
}

function axis(a: Obj): Obj {
  const label = isObj(a.axisLabel) ? a.axisLabel : {}
  // Category names (entities) get room for the larger type instead of being cut sooner.
  const width = typeof label.width === 'number' ? { width: Math.round(label.width * 1.5) } : {}
  return {
    ...a,
    axisLabel: atLeast(a.axisLabel, SLIDE_CHART_FONT, { color: INK, ...width }),
    nameTextStyle: atLeast(a.nameTextStyle, SLIDE_CHART_FONT, { color: INK }),
    axisLine: { ...(isObj(a.axisLine) ? a.axisLine : {}), lineStyle: { color: '#333333', width: 2 } },
  }
}

function series(s: Obj): Obj {
  const out: Obj = { ...s }
  if (isObj(s.label)) out.label = atLeast(s.label, SLIDE_CHART_FONT)
  if (isObj(s.markLine)) {
    const ml = s.markLine
    // A white ground keeps the target's label readable where it crosses axis labels.
    out.markLine = { ...ml, label: atLeast(ml.label, SLIDE_CHART_FONT + 2, { backgroundColor: '#ffffff', padding: [2, 6] }) }
  }
  if (typeof s.symbolSize === 'number') out.symbolSize = s.symbolSize * 1.4
  if (Array.isArray(s.data)) {
    out.data = s.data.map((d) => (isObj(d) && typeof d.symbolSize === 'number' ? { ...d, symbolSize: d.symbolSize * 1.4 } : d))
  }
  if (isObj(s.lineStyle) && typeof s.lineStyle.width === 'number') out.lineStyle = { ...s.lineStyle, width: s.lineStyle.width * 1.5 }
  if (typeof s.barMaxWidth === 'number') out.barMaxWidth = s.barMaxWidth * 1.5
  return out
}

// The title is drawn above the canvas as text (BaseChart): the grid only keeps room for the
// value axis's name (18 px type above the axis).
const TOP_WITHOUT_TITLE = 44

function grid(g: Obj): Obj {
  const bump = (v: unknown, by: number) => (typeof v === 'number' ? v + by : v)
  return { ...g, top: typeof g.top === 'number' ? TOP_WITHOUT_TITLE : g.top, bottom: bump(g.bottom, 14) }
}

/**
 * The chart's title (and subtitle) as text for a slide. A canvas title is cut at the canvas edge
 * when it is long (English names are); as text above the canvas it wraps like the rest of the
 * slide, and the slide checks (type size, nothing outside the slide) see it.
 */
export function presentationTitle(option: EChartsCoreOption): { text: string; subtext: string } | null {
  const t = (option as Obj).title
  const first = Array.isArray(t) ? t[0] : t
  if (!isObj(first) || typeof first.text !== 'string' || !first.text) return null
  return { text: first.text, subtext: typeof first.subtext === 'string' ? first.subtext : '' }
}

export function presentationOption(option: EChartsCoreOption): EChartsCoreOption {
  const o = option as Obj
  return {
    ...o,
    textStyle: atLeast(o.textStyle, SLIDE_CHART_FONT, { color: INK }),
    title: each(o.title, (t) => ({ ...t, show: false })),
    legend: each(o.legend, (l) => ({ ...l, textStyle: atLeast(l.textStyle, SLIDE_CHART_FONT + 2, { color: INK }), itemWidth: 34, itemHeight: 18 })),
    tooltip: each(o.tooltip, (t) => ({ ...t, textStyle: atLeast(t.textStyle, SLIDE_CHART_FONT) })),
    grid: each(o.grid, grid),
    xAxis: each(o.xAxis, axis),
    yAxis: each(o.yAxis, axis),
    series: each(o.series, series),
  } as EChartsCoreOption
}
