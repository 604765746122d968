import { test, expect, type Page } from '@playwright/test'
import { waitForEngine } from './helpers'

// Issue 10: as of 2026-11-29, every target has a verdict a person can act on, on the bundled data.
const ASOF = 'asof=2026-11-29'
const BAYANNUR_DUAL = 'd001_bayannur_dual_qualified_teacher_share_secondary_2025'
const REGION_FACILITIES = 'd004_nmg_facility_standard_compliance_secondary_2025'
const REGION_KEY_CHAIN = 'd004_nmg_industry_aligned_major_share_2025'
const REGION_DUAL = 'd004_nmg_dual_qualified_teacher_share_2025'
const FLAT_SCHOOLS = [
  'd003_ordos_mengyi_vocational_high_school_enrolment_secondary_2025',
  'd003_ordos_jungar_vocational_high_school_enrolment_secondary_2025',
  'd003_ordos_otog_front_vocational_school_enrolment_secondary_2025',
  'd003_ordos_dalad_no10_middle_school_enrolment_secondary_2025',
]
const ORDOS_SPLIT = 'd003_ordos_vocational_share_secondary_2025'

async function trackerReady(page: Page, query = '') {
  await page.goto(`/tracker?${ASOF}${query}`)
  await waitForEngine(page, 'dashboard-ready')
  const rows = page.locator('[data-testid="tracker-table"] tbody tr')
  await expect(rows.first()).toBeVisible()
  return rows
}
const row = (page: Page, id: string) => page.locator(`[data-testid="tracker-table"] tbody tr[data-target-id="${id}"]`)

test('tracker: shortfalls, met at last figure and no new data, each with word and icon', async ({ page }) => {
  await trackerReady(page)
  for (const id of [BAYANNUR_DUAL, REGION_FACILITIES]) {
    await expect(row(page, id)).toHaveAttribute('data-status', 'short_at_last_figure')
    await expect(row(page, id).locator('.status-badge')).toContainText('最新数据未达标')
  }
  await expect(row(page, REGION_KEY_CHAIN)).toHaveAttribute('data-status', 'met_at_last_figure')
  for (const id of [...FLAT_SCHOOLS, ORDOS_SPLIT]) await expect(row(page, id)).toHaveAttribute('data-status', 'no_new_data')
  // The default sort puts the shortfalls first.
  const first = page.locator('[data-testid="tracker-table"] tbody tr').first()
  await expect(first).toHaveAttribute('data-status', 'short_at_last_figure')
  // Trigger rules left the target list (they are warnings, issue 12).
  await expect(row(page, 'd004_nmg_min_enrolment_plan_completion_rate_higher_2025')).toHaveCount(0)
})

test('English words for the new verdicts', async ({ page }) => {
  await trackerReady(page, '&lang=en')
  await expect(row(page, BAYANNUR_DUAL).locator('.status-badge')).toContainText('Short at last figure')
  await expect(row(page, REGION_KEY_CHAIN).locator('.status-badge')).toContainText('Met at last figure')
  await expect(row(page, ORDOS_SPLIT).locator('.status-badge')).toContainText('No new data')
})

test('overview cards: one sentence with verdict, figure, year and gap; no averaged figure anywhere', async ({ page }) => {
  await page.goto(`/?${ASOF}`)
  await waitForEngine(page, 'dashboard-ready')
  const cards = page.getByTestId('headline-cards')
  await expect(cards).toHaveAttribute('data-origin', 'engine')
  const facilities = cards.locator(`[data-target-id="${REGION_FACILITIES}"]`)
  await expect(facilities).toHaveAttribute('data-status', 'short_at_last_figure')
  await expect(facilities.getByTestId('card-sentence')).toContainText('2024年为85%')
  await expect(facilities.getByTestId('card-sentence')).toContainText('差 15个百分点')
  await expect(cards.locator(`[data-target-id="${REGION_KEY_CHAIN}"]`)).toHaveAttribute('data-status', 'met_at_last_figure')
  await expect(cards.locator(`[data-target-id="${ORDOS_SPLIT}"]`)).toHaveAttribute('data-status', 'no_new_data')
  await expect(cards.locator(`[data-target-id="${ORDOS_SPLIT}"]`).getByTestId('card-sentence')).toContainText('自2021年以来已有5年没有新数据')
  // 1.4万 (表1) and 14,516 (表2) stay two figures; 14,258 and 17,047 are means nobody printed.
  const secondary = cards.locator('[data-target-id="d003_ordos_enrolment_secondary_2025"]')
  await expect(secondary.getByTestId('card-latest')).toContainText('14,516')
  for (const mean of ['14,258', '14258', '17,047', '17047', '1.43万']) await expect(page.locator('body')).not.toContainText(mean)
  await expect(page.getByTestId('narrative')).not.toContainText('平均')
})

test('tracker: conflicting sources show both printed figures side by side, each with its source, never a mean', async ({ page }) => {
  await page.goto(`/tracker?${ASOF}`)
  await waitForEngine(page, 'dashboard-ready')
  const row = page.locator('[data-testid="tracker-table"] tr[data-target-id="d003_ordos_enrolment_secondary_2025"]')
  const values = row.getByTestId('conflict-value')
  // 表1 prints 1.4万, 表2 14,516 (2021): both shown, as cards and the detail page do.
  await expect(values).toHaveText(['1.4万人', '14,516人'])
  await expect(values.nth(0)).toHaveAttribute('title', /表1/)
  await expect(values.nth(1)).toHaveAttribute('title', /表2/)
  await expect(row.getByTestId('conflict-values')).toContainText('2021')
  await expect(row.getByTestId('conflict-values')).toContainText('⚠')
  for (const mean of ['14,258', '1.43万']) await expect(row).not.toContainText(mean)
  // the gap is given against each figure
  await expect(row.locator('td').nth(5)).toContainText(' / ')
})

test('no averaged figure on the detail pages of the conflicting enrolments', async ({ page }) => {
  for (const id of ['d003_ordos_enrolment_secondary_2025', 'd003_ordos_enrolment_higher_2025']) {
    await page.goto(`/target/${id}?${ASOF}`)
    await waitForEngine(page)
    await expect(page.getByTestId('detail-status')).toBeVisible()
    for (const mean of ['14,258', '17,047', '17,046']) await expect(page.locator('main')).not.toContainText(mean)
  }
  // 1.7万 and 17,093 agree at 1.7万's printed precision: no conflict flag.
  await expect(page.getByTestId('detail-latest')).toContainText('17,093')
  await expect(page.getByTestId('detail-latest')).not.toContainText('⚠')
})

test('the region’s 双师型 detail shows its related evidence, labelled, and the curators’ caveats', async ({ page }) => {
  await page.goto(`/target/${REGION_DUAL}?${ASOF}`)
  await waitForEngine(page)
  await expect(page.getByTestId('detail-status')).toHaveAttribute('data-status', 'no_new_data')
  const related = page.getByTestId('related-evidence')
  await expect(related).toContainText('不作为本目标的数值')
  const higher = related.locator('tr[data-indicator="dual_qualification_full_time_teacher_share_higher"]')
  await expect(higher).toContainText('48.8%')
  await expect(higher).toContainText('口径不同')
  await expect(higher).toContainText('学段不同')
  await expect(higher).toContainText('低于目标值')
  const bayannur = related.locator('tr[data-entity="bayannur"]')
  await expect(bayannur).toContainText('57.4%')
  await expect(bayannur).toContainText('unweighted mean')
  await expect(page.getByTestId('narrative')).toContainText('全部未达到目标值')
  // The detail's own value stays empty: related figures are never the target's value.
  await expect(page.getByTestId('detail-latest')).toContainText('—')
})

test('Bayannur’s 65%: short at the last figure, with the caveat that 57.4% is an unweighted mean', async ({ page }) => {
  await page.goto(`/target/${BAYANNUR_DUAL}?${ASOF}&lang=en`)
  await waitForEngine(page)
  await expect(page.getByTestId('detail-status')).toHaveAttribute('data-status', 'short_at_last_figure')
  await expect(page.getByTestId('curation-notes')).toContainText('≈ 62.3%')
  await expect(page.getByTestId('narrative')).toContainText('judged on the latest figure (2024)')
})

test('one goal stated twice is linked both ways', async ({ page }) => {
  await page.goto(`/target/${REGION_KEY_CHAIN}?${ASOF}`)
  await waitForEngine(page)
  const same = page.getByTestId('same-goal')
  await expect(same).toContainText('提前两年实现超70%目标')
  await same.getByRole('link').first().click()
  await expect(page).toHaveURL(/d002_nmg_industry_aligned_major_share_2025/)
  await expect(page.getByTestId('same-goal').getByRole('link')).toHaveAttribute('href', new RegExp(REGION_KEY_CHAIN))
})
