// Chinese never shows as boxes (issue 15): with a system CJK font the self-hosted Noto Sans SC costs
// nothing (no slice is downloaded); on a machine without one, the slices the page needs are loaded
// from this origin and the text is drawn with them.
import { test, expect, chromium, type Page } from '@playwright/test'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { browserPath, LAUNCH_ARGS } from '../support/browser'
import { waitForEngine } from './helpers'

const SLICE = /noto-sans-sc-\d+-400-normal[^/]*\.woff2$/

function countSlices(page: Page): string[] {
  const slices: string[] = []
  page.on('request', (req) => { if (SLICE.test(new URL(req.url()).pathname)) slices.push(req.url()) })
  return slices
}

/** The downloaded slices whose unicode-range includes CJK ideographs (U+4E00–9FFF). */
async function slicesWithIdeographs(page: Page, urls: string[]): Promise<string[]> {
  const ranges: Record<string, string> = await page.evaluate(() => {
    const out: Record<string, string> = {}
    for (const sheet of [...document.styleSheets]) {
      for (const rule of [...sheet.cssRules]) {
        if (!(rule instanceof CSSFontFaceRule)) continue
        const file = /noto-sans-sc-[^/)"']+\.woff2/.exec(rule.style.getPropertyValue('src'))?.[0]
        if (file) out[file] = rule.style.getPropertyValue('unicode-range')
      }
    }
    return out
  })
  const hasIdeographs = (range: string) => range.split(',').some((part) => {
    const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16))
    return lo <= 0x9fff && hi >= 0x4e00
  })
  return urls.filter((url) => {
    const file = /noto-sans-sc-[^/]+\.woff2$/.exec(new URL(url).pathname)?.[0]
    return !file || !(file in ranges) || hasIdeographs(ranges[file])
  })
}

/** Widths of seven ideographs in the header's font, in system fonts only, and seven em squares. */
async function headerWidths(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('h1')!)
    const ctx = document.createElement('canvas').getContext('2d')!
    const text = '内蒙古职业教育'
    ctx.font = `${style.fontSize} ${style.fontFamily}` // regular weight: synthetic bold widens glyphs
    const header = ctx.measureText(text).width
    ctx.font = `${style.fontSize} "Noto Sans CJK SC", "DejaVu Sans", sans-serif`
    const systemOnly = ctx.measureText(text).width
    return { header, systemOnly, ems: 7 * parseFloat(style.fontSize) }
  })
}

test('a system CJK font makes the self-hosted one cost nothing; without one, its slices are used', async ({ page }) => {
  const slices = countSlices(page)
  await page.goto('/?asof=2026-11-22')
  await waitForEngine(page, 'dashboard-ready')
  await page.evaluate(() => document.fonts.ready)
  const w = await headerWidths(page)
  const systemHasCjk = Math.abs(w.systemOnly - w.ems) < 0.5
  // CI (.ci/run) installs Noto Sans CJK, so there this is the "costs nothing" case; the next test
  // takes the system's CJK fonts away.
  const ideographSlices = await slicesWithIdeographs(page, slices)
  // Symbols the system font lacks (status icons such as ◐) may still come from a slice; Chinese text may not.
  if (systemHasCjk) expect(ideographSlices).toEqual([])
  else expect(ideographSlices.length).toBeGreaterThan(0)
  expect(Math.abs(w.header - w.ems)).toBeLessThan(0.5)
})

test('without any CJK font, the page loads the self-hosted slices and draws the Chinese with them', async ({ baseURL }) => {
  // A fontconfig that knows only DejaVu (Latin): what a Linux box without CJK fonts has.
  const dir = mkdtempSync(join(tmpdir(), 'no-cjk-'))
  const conf = join(dir, 'fonts.conf')
  writeFileSync(conf, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>`)
  const browser = await chromium.launch({ executablePath: browserPath(), args: LAUNCH_ARGS, env: { ...process.env, FONTCONFIG_FILE: conf } })
  try {
    const page = await browser.newPage({ baseURL, locale: 'zh-CN' })
    const slices = countSlices(page)
    await page.goto('/?asof=2026-11-22')
    await expect(page.locator('h1')).toHaveText('内蒙古职业教育目标监测看板')
    await page.evaluate(() => document.fonts.ready)
    const w = await headerWidths(page)
    // The browser has no CJK font of its own here (else this test would prove nothing): ideographs
    // drawn with system fonts alone are not one em wide each.
    expect(Math.abs(w.systemOnly - w.ems)).toBeGreaterThan(1)
    await expect.poll(async () => (await slicesWithIdeographs(page, slices)).length).toBeGreaterThan(0)
    for (const url of slices) expect(new URL(url).origin).toBe(new URL(baseURL!).origin)
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status === 'loaded').length)
    expect(loaded).toBeGreaterThan(0)
    // The header is drawn with real glyphs: seven ideographs of Noto Sans SC are seven em squares
    // (within 3%: the web font's hinted advances measured 1.4 px off 140 px), not seven boxes.
    const after = await headerWidths(page)
    expect(Math.abs(after.header - after.ems)).toBeLessThan(0.03 * after.ems)
    expect(Math.abs(after.header - after.systemOnly)).toBeGreaterThan(0.1 * after.ems)
  } finally {
    await browser.close()
  }
})
