// A chart made to leave the dashboard: the on-screen option re-laid in a presentation frame
// (16:9, drawn at 2× → 1920×1080) with its title, unit, source and as-of date in the image,
// so a picture pasted into a report still says what it is and where it comes from. Pure.
import type { EChartsCoreOption } from 'echarts/core'

export interface ChartExportText {
  /** e.g. "鄂尔多斯市 · 中职双师型教师占比". */
  title: string
  /** e.g. "单位：%". */
  subtitle: string
  /** Footer lines: source documents, as-of date (and scenario). */
  footer: readonly string[]
}

/** Layout size (CSS px) and the ratio it is drawn at: 960×540 × 2 = 1920×1080. */
export const EXPORT_WIDTH = 960
export const EXPORT_HEIGHT = 540
export const EXPORT_PIXEL_RATIO = 2
/** The self-hosted CJK face first (src/export/font.ts loads it before drawing). */
export const EXPORT_FONT = "'Noto Sans SC', 'Noto Sans CJK SC', sans-serif"

const HEADER = 70
const FOOTER_LINE = 19

export function footerHeight(lines: number): number {
  return 14 + lines * FOOTER_LINE
}

/** Frame size: 16:9, taller when the chart needs it (a benchmark with many bars). */
export function exportFrame(chartHeight = 0, footerLines = 2): { width: number; height: number } {
  const needed = chartHeight ? chartHeight + HEADER + footerHeight(footerLines) : 0
  return { width: EXPORT_WIDTH, height: Math.max(EXPORT_HEIGHT, Math.ceil(needed)) }
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback)

/** A white ground under a target line's label, so it stays readable where it crosses axis labels. */
function groundMarkLine(s: unknown): unknown {
  if (!isObj(s) || !isObj(s.markLine)) return s
  const label = isObj(s.markLine.label) ? s.markLine.label : {}
  return { ...s, markLine: { ...s.markLine, label: { ...label, backgroundColor: '#ffffff', padding: [2, 4] } } }
}

export function exportOption(option: EChartsCoreOption, text: ChartExportText, frame = exportFrame()): EChartsCoreOption {
  const o = option as Obj
  const foot = footerHeight(text.footer.length)
  const g = isObj(o.grid) ? o.grid : {}
  const legend = isObj(o.legend) ? { ...o.legend, bottom: num(o.legend.bottom, 0) + foot, top: undefined } : o.legend
  return {
    ...o,
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { ...(isObj(o.textStyle) ? o.textStyle : {}), fontFamily: EXPORT_FONT },
    title: [
      {
        text: text.title,
        subtext: text.subtitle,
        left: 'center',
        top: 10,
        itemGap: 6,
        textStyle: { fontFamily: EXPORT_FONT, fontSize: 20, fontWeight: 'bold', color: '#111111', width: frame.width - 40, overflow: 'truncate' },
        subtextStyle: { fontFamily: EXPORT_FONT, fontSize: 13, color: '#333333' },
      },
      {
        text: text.footer.join('\n'),
        left: 16,
        bottom: 8,
        textStyle: { fontFamily: EXPORT_FONT, fontSize: 12, fontWeight: 'normal', color: '#333333', lineHeight: FOOTER_LINE, width: frame.width - 32, overflow: 'truncate' },
      },
    ],
    legend,
    grid: { ...g, top: HEADER + Math.max(num(g.top, 56) - 48, 8), bottom: num(g.bottom, 52) + foot, containLabel: true },
    tooltip: { show: false },
    series: Array.isArray(o.series) ? o.series.map(groundMarkLine) : o.series,
  } as EChartsCoreOption
}

/** What a chart needs to say about itself when exported (passed to BaseChart by the chart components). */
export interface ChartExportMeta {
  /** Title in the image, e.g. "鄂尔多斯市 · 中职双师型教师占比". */
  title: string
  /** Unit words ("%", "人"); empty when none. */
  unit: string
  /** Source document titles behind the figures drawn. */
  sources: readonly string[]
  /** File name without extension. */
  fileName: string
  /** Height the chart needs (a benchmark with many bars): the frame grows beyond 16:9. */
  chartHeight?: number
}
