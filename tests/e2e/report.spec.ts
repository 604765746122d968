import { test, expect } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import { waitForEngine, ENGINE_BUDGET_MS } from './helpers'

// Issue 14: the print report is an A4 document — a cover with the counts per verdict and the
// headline cards, one table per document (header repeated on each page), page numbers, sources.
const ASOF = 'asof=2026-11-22'
const OUT = 'tests/output/report'

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length

test('the report prints to A4 PDF: cover with counts, a section per document, sources, several pages', async ({ page }) => {
  mkdirSync(OUT, { recursive: true })
  await page.goto(`/report?${ASOF}`)
  await waitForEngine(page)
  const report = page.getByTestId('report')
  await expect(report).toHaveAttribute('data-ready', 'true', { timeout: ENGINE_BUDGET_MS })

  const cover = page.getByTestId('report-cover')
  const counts = cover.getByTestId('report-counts').locator('li')
  await expect(counts.first()).toBeVisible()
  // The cover's counts add up to the headline cards it shows.
  const numbers = (await counts.allTextContents()).map((s) => Number(/×\s*(\d+)/.exec(s)?.[1]))
  const cards = await cover.locator('.rc-cards li').count()
  expect(numbers.every((n) => n > 0)).toBe(true)
  expect(numbers.reduce((a, b) => a + b, 0)).toBe(cards)

  const sections = page.getByTestId('report-doc-section')
  const docs = await sections.count()
  expect(docs).toBeGreaterThan(1)
  // Every target of the tracker is in exactly one document's table.
  const total = Number((await page.locator('.report-section').nth(1).locator('p').first().textContent())?.match(/共 (\d+) 项/)?.[1])
  expect(await sections.locator('[data-testid="tracker-table"] tbody tr').count()).toBe(total)
  await expect(page.getByTestId('report-sources').locator('li').first()).toBeVisible()

  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.report-tools')).toBeHidden()
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
  writeFileSync(`${OUT}/report-zh.pdf`, pdf)
  const pages = pageCount(pdf)
  // A cover, the overview, the tracker's 140-odd rows in tables, the sources: several pages,
  // not one endless column and not a page a row.
  expect(pages).toBeGreaterThanOrEqual(5)
  expect(pages).toBeLessThanOrEqual(40)
  // The cover is a page of its own: the overview heading starts on a later page than the title.
  const coverBreak = await page.getByTestId('report-cover').evaluate((el) => getComputedStyle(el).breakAfter)
  expect(coverBreak).toBe('page')
  // The table header repeats on every printed page.
  expect(await page.locator('.report-root .tracker-table thead').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group')
})
