import { test, expect, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { waitForEngine, TEST_BUDGET_MS } from './helpers'

// Issue 14, "Done when": every slide kind, in zh and en, at 1920×1080, 1280×720 and 390×844.
// The 16:9 stage is scaled as a whole (src/present/stage.ts), so what a viewer sees is the stage
// pixel size × the stage's scale; a portrait phone gets no stage and the slide reflows.
const ASOF = 'asof=2026-11-22'
const BAYANNUR_DUAL = 'd001_bayannur_dual_qualified_teacher_share_secondary_2025'
/** A target with no figure over time: it must get a figures slide, not an empty chart. */
const ORDOS_NEW_SCHOOLS = 'd003_ordos_new_schools_secondary_2025'
const REGION_DUAL = 'd004_nmg_dual_qualified_teacher_share_2025'
const SLIDES = ['title', 'overview', `target:${BAYANNUR_DUAL}`, `target:${ORDOS_NEW_SCHOOLS}`, `benchmark:${REGION_DUAL}`, 'narrative', 'warnings'] as const
const KINDS = ['title', 'overview', 'target', 'target', 'benchmark', 'narrative', 'warnings'] as const
const SIZES = [
  { width: 1920, height: 1080, mode: 'stage', scale: 1.5 },
  { width: 1280, height: 720, mode: 'stage', scale: 1 },
  { width: 390, height: 844, mode: 'reflow', scale: 1 },
] as const
const OUT = 'tests/output/screens'
const FLOOR_PX = 18
mkdirSync(OUT, { recursive: true })

interface Measure {
  min: number
  max: number
  small: string[]
  outside: string[]
  pageOverflow: number
}

/** Sizes of every visible text on the slide as the viewer sees them, and what sticks out of the slide. */
function measure(page: Page): Promise<Measure> {
  return page.getByTestId('slide-stage').evaluate((stage) => {
    const scale = Number((stage as HTMLElement).dataset.scale)
    const reflow = (stage as HTMLElement).dataset.stageMode === 'reflow'
    const slide = stage.querySelector('.slide') as HTMLElement
    const box = slide.getBoundingClientRect()
    let min = Infinity
    let max = 0
    const small: string[] = []
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      const text = n.textContent?.trim()
      if (!el || !text) continue
      const style = getComputedStyle(el)
      const r = el.getBoundingClientRect()
      if (style.visibility === 'hidden' || r.width === 0 || r.height === 0) continue
      const px = parseFloat(style.fontSize) * scale
      min = Math.min(min, px)
      max = Math.max(max, px)
      if (px < 18 - 0.01) small.push(`${text.slice(0, 30)} (${px.toFixed(1)} px)`)
    }
    const outside: string[] = []
    for (const el of slide.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      // On a phone the slide scrolls inside itself (vertically); sideways nothing may stick out.
      const out = r.left < box.left - 1 || r.right > box.right + 1 || (!reflow && (r.top < box.top - 1 || r.bottom > box.bottom + 1))
      if (out) outside.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`)
    }
    const pageOverflow = document.documentElement.scrollWidth - document.documentElement.clientWidth
    return { min, max, small, outside, pageOverflow }
  })
}

for (const lang of ['zh', 'en'] as const) {
  test(`every slide kind at 1920, 1280 and 390 px (${lang}): stage scaled as a whole, floor, nothing outside; screenshots`, async ({ page }) => {
    test.setTimeout(2 * TEST_BUDGET_MS)
    mkdirSync(OUT, { recursive: true })
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    const langQ = lang === 'en' ? '&lang=en' : ''
    await page.goto(`/present?deck=${encodeURIComponent(SLIDES.join(','))}&slide=1&${ASOF}${langQ}`)
    await waitForEngine(page)
    const stage = page.getByTestId('slide-stage')
    const slide = stage.locator('.slide')

    for (const [i, kind] of KINDS.entries()) {
      await page.keyboard.press(String(i + 1))
      await expect(slide).toHaveAttribute('data-slide-kind', kind, { timeout: 60_000 })
      if (i === 3) await expect(slide.getByTestId('figures-slide')).toBeVisible()
      const largest: Record<number, number> = {}
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height })
        await expect(stage).toHaveAttribute('data-stage-mode', size.mode)
        await expect(stage).toHaveAttribute('data-scale', String(size.scale))
        if (kind === 'target' && i === 2) await expect(slide.locator('canvas').first()).toBeVisible({ timeout: 60_000 })
        if (kind === 'benchmark') await expect(slide.locator('canvas').first()).toBeVisible({ timeout: 60_000 })
        await page.evaluate(() => document.fonts.ready)
        await page.waitForTimeout(300) // charts redraw after the resize (vue-echarts autoresize is debounced)
        await page.screenshot({ path: `${OUT}/${lang}-${i + 1}-${kind}-${size.width}x${size.height}.png` })
        const m = await measure(page)
        const where = `${lang} slide ${i + 1} (${kind}) at ${size.width}×${size.height}`
        expect(m.outside, `${where}: elements outside the slide`).toEqual([])
        if ((kind === 'target' && i === 2) || kind === 'benchmark') {
          // The chart's title is text on the slide (a canvas title was cut at its edge): whole, wrapped, inside.
          const title = slide.getByTestId('chart-title')
          await expect(title).toBeVisible()
          expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), `${where}: chart title cut`).toBe(true)
        }
        expect(m.pageOverflow, `${where}: horizontal scroll`).toBeLessThanOrEqual(0)
        if (size.width === 1280) expect(m.small, `${where}: text under ${FLOOR_PX} px`).toEqual([])
        largest[size.width] = m.max
      }
      // 1920×1080 shows exactly the 1280×720 design at 1.5×.
      expect(largest[1920] / largest[1280], `${lang} slide ${i + 1}: largest text 1920 vs 1280`).toBeCloseTo(1.5, 2)
      await page.setViewportSize({ width: 1280, height: 720 })
    }
    // Fonts are files the CSP allows (font-src 'self'), never data: URLs it blocks.
    expect(errors.filter((e) => /Content Security Policy|font/i.test(e))).toEqual([])
  })
}

test.describe('the app on a phone and a laptop', () => {
  test('at 390×844 no view scrolls sideways; the tracker is cards with its filters in a drawer', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`/tracker?${ASOF}`)
    await waitForEngine(page, 'dashboard-ready')
    const table = page.getByTestId('tracker-table')
    await expect(table.locator('thead')).toBeHidden()
    // A card: the entity is one line across the card, not a character a line.
    const entity = table.locator('tbody tr').first().locator('td').first()
    expect((await entity.boundingBox())!.width).toBeGreaterThan(250)
    await expect(page.getByTestId('filter-entity')).toBeHidden()
    await page.screenshot({ path: `${OUT}/app-tracker-390x844.png` })
    // The header is compact and the filters folded: the first card starts in the first screen.
    expect((await table.locator('tbody tr').first().boundingBox())!.y).toBeLessThan(600)
    await page.getByTestId('filters-toggle').click()
    await expect(page.getByTestId('filter-entity')).toBeVisible()
    await page.screenshot({ path: `${OUT}/app-tracker-filters-390x844.png` })

    const views = ['overview', 'tracker', 'benchmark', 'scenarios', 'warnings', 'data'] as const
    const wide: string[] = []
    for (const name of views) {
      await page.locator(`.app-header nav a`).nth(views.indexOf(name)).click()
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(500)
      await page.screenshot({ path: `${OUT}/app-${name}-390x844.png`, fullPage: false })
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      if (over > 0) wide.push(`${name}: ${over} px`)
    }
    expect(wide, 'views wider than a 390 px phone').toEqual([])
  })

  test('at 1280×720 the tracker shows at least eight rows without scrolling', async ({ page }) => {
    await page.goto(`/tracker?${ASOF}`)
    await waitForEngine(page, 'dashboard-ready')
    const rows = page.getByTestId('tracker-table').locator('tbody tr')
    await expect(rows.first()).toBeVisible()
    mkdirSync(OUT, { recursive: true })
    await page.screenshot({ path: `${OUT}/app-tracker-1280x720.png` })
    const visible = await rows.evaluateAll((trs) => trs.filter((tr) => tr.getBoundingClientRect().bottom <= window.innerHeight).length)
    expect(visible).toBeGreaterThanOrEqual(8)
  })
})
