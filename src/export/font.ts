// The self-hosted CJK face (Noto Sans SC, SIL OFL, from @fontsource; bundled by Vite, never a
// CDN). Its @font-face rules are split by unicode-range, so only the slices for the characters
// on screen are fetched. A canvas (chart export) does not trigger that fetch: ask for it first.
import '@fontsource/noto-sans-sc/400.css'

export const CJK_FAMILY = 'Noto Sans SC'

/** Resolve once every glyph of `text` can be drawn with the self-hosted face (or after `timeoutMs`). */
export async function ensureCjkFont(text: string, timeoutMs = 8000): Promise<boolean> {
  if (typeof document === 'undefined' || !document.fonts) return false
  const sample = text || '内蒙古职业教育'
  const load = Promise.all([document.fonts.load(`16px '${CJK_FAMILY}'`, sample), document.fonts.load(`bold 16px '${CJK_FAMILY}'`, sample)])
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs))
  const result = await Promise.race([load.then(() => 'ok' as const, () => 'failed' as const), timeout])
  return result === 'ok'
}
