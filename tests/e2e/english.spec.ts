import { test, expect, type Page } from '@playwright/test'
import { waitForEngine, ENGINE_BUDGET_MS, TEST_BUDGET_MS } from './helpers'

// Issue 14: the English UI is English. No Chinese character (or full-width punctuation) on any
// view, except in names and quotes, which stay as printed: elements marked as Chinese text
// (lang="zh…", <q>, <blockquote>, data-verbatim) and the language switch, which names Chinese in Chinese.
// Nothing is let through by name: source references are translated (表1 → Table 1, 二、（一） → §2(1)).
const ASOF = 'asof=2026-11-22'
const TARGET = 'd001_bayannur_dual_qualified_teacher_share_secondary_2025'
/** A target with no figure over time (its slide is the figures slide) and one with a benchmark. */
const NO_SERIES = 'd003_ordos_new_schools_secondary_2025'
const REGION_DUAL = 'd004_nmg_dual_qualified_teacher_share_2025'
/** Every slide kind, the target slide both with a chart and as a figures slide. */
const DECK = ['title', 'overview', `target:${TARGET}`, `target:${NO_SERIES}`, `benchmark:${REGION_DUAL}`, 'narrative', 'warnings']
/** The header's views, in its order; then a target's page (from the tracker) and the report. */
const NAV = ['overview', 'tracker', 'benchmark', 'scenarios', 'warnings', 'data'] as const

/** Visible text outside names and quotes that has a CJK character or full-width punctuation. */
function leaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/
    const EXEMPT = '[lang^="zh"], q, blockquote, [data-verbatim], .lang-switch, script, style, option'
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? ''
      const el = n.parentElement
      if (!el || !CJK.test(text) || el.closest(EXEMPT)) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0) continue
      found.push(`${name(el)}: ${text.trim().slice(0, 100)}`)
    }
    // A select shows its chosen option's text (not a visible text node of the page).
    for (const el of document.querySelectorAll('select')) {
      const text = el.selectedOptions[0]?.text ?? ''
      if (CJK.test(text) && !el.closest(EXEMPT) && el.getBoundingClientRect().width > 0) found.push(`${name(el)}[selected]: ${text.slice(0, 100)}`)
    }
    // What a screen reader says of a chart (its canvas has no text nodes) is English too.
    for (const el of document.querySelectorAll('[role="img"][aria-label]')) {
      const label = el.getAttribute('aria-label') ?? ''
      if (CJK.test(label) && !el.closest(EXEMPT)) found.push(`${name(el)}[aria-label]: ${label.slice(0, 100)}`)
    }
    return [...new Set(found)]
  })
}

test('every view in English: no Chinese outside names and quotes', async ({ page }) => {
  test.setTimeout(2 * TEST_BUDGET_MS)
  await page.goto(`/?${ASOF}&lang=en`)
  await waitForEngine(page, 'dashboard-ready')
  const all: Record<string, string[]> = {}
  const scan = async (view: string) => {
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(800)
    const found = await leaks(page)
    if (found.length) all[view] = found
  }
  // Moving inside the app keeps the one engine (a reload would start it again).
  for (const [i, name] of NAV.entries()) {
    await page.locator('.app-header nav a').nth(i).click()
    await expect(page).toHaveURL(new RegExp(name === 'overview' ? '/\\?' : `/${name}`))
    await scan(name)
  }
  await page.locator('.app-header nav a').nth(1).click()
  await page.locator(`[data-testid="tracker-table"] tr[data-target-id="${TARGET}"] a`).first().click()
  await expect(page).toHaveURL(new RegExp(`/target/${TARGET}`))
  await scan('target')
  await page.goto(`/report?${ASOF}&lang=en`)
  await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', { timeout: ENGINE_BUDGET_MS })
  await scan('report')
  await page.goto(`/present?deck=${encodeURIComponent(DECK.join(','))}&slide=1&${ASOF}&lang=en`)
  await waitForEngine(page)
  const slide = page.getByTestId('present').locator('.slide')
  for (const [i, ref] of DECK.entries()) {
    const kind = ref.split(':')[0]!
    await page.keyboard.press(String(i + 1))
    await expect(slide).toHaveAttribute('data-slide-kind', kind, { timeout: ENGINE_BUDGET_MS })
    if (ref === `target:${TARGET}` || kind === 'benchmark') await expect(slide.locator('canvas').first()).toBeVisible({ timeout: ENGINE_BUDGET_MS })
    await scan(`slide ${i + 1} (${ref})`)
  }
  expect(all).toEqual({})
})
