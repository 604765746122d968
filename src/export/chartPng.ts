// Draws a chart off screen in its export frame and returns the PNG (1920×1080 for a 16:9 frame).
import { init, type EChartsCoreOption } from 'echarts/core'
import '../charts/echarts'
import { EXPORT_PIXEL_RATIO, exportFrame, exportOption, type ChartExportText } from '../charts/exportOption'
import { ensureCjkFont } from './font'

export interface ChartPng {
  blob: Blob
  width: number
  height: number
}

/** Every string the image will draw: the font slices for them are fetched before drawing. */
function textOf(option: EChartsCoreOption, text: ChartExportText): string {
  const strings: string[] = [text.title, text.subtitle, ...text.footer]
  JSON.stringify(option, (_k, v: unknown) => {
    if (typeof v === 'string') strings.push(v)
    return v
  })
  return strings.join('')
}

function dataUrlToBlob(url: string): Blob {
  const [head, body] = url.split(',', 2) as [string, string]
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0))
  return new Blob([bytes], { type: /^data:([^;,]+)/.exec(head)?.[1] ?? 'image/png' })
}

export async function renderChartPng(option: EChartsCoreOption, text: ChartExportText, chartHeight = 0): Promise<ChartPng> {
  const frame = exportFrame(chartHeight, text.footer.length)
  const full = exportOption(option, text, frame)
  await ensureCjkFont(textOf(full, text))
  const host = document.createElement('div')
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${frame.width}px;height:${frame.height}px;`
  host.setAttribute('aria-hidden', 'true')
  document.body.appendChild(host)
  const chart = init(host, null, { renderer: 'canvas', width: frame.width, height: frame.height, devicePixelRatio: EXPORT_PIXEL_RATIO })
  try {
    chart.setOption(full, { notMerge: true, lazyUpdate: false })
    const url = chart.getDataURL({ type: 'png', pixelRatio: EXPORT_PIXEL_RATIO, backgroundColor: '#ffffff' })
    const blob = dataUrlToBlob(url)
    return { blob, width: frame.width * EXPORT_PIXEL_RATIO, height: frame.height * EXPORT_PIXEL_RATIO }
  } finally {
    chart.dispose()
    host.remove()
  }
}
