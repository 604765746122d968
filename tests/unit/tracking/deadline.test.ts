import { describe, it, expect } from 'vitest'
import { deadlineState } from '../../../src/tracking/deadline'

// Dates are built from local parts, so the results do not depend on the time zone.
describe('deadlineState', () => {
  it('open: days left to Dec 31 of the target year', () => {
    // 2024-06-30 → 2024-12-31 is 184 days, plus 365 days of 2025.
    expect(deadlineState(2025, new Date(2024, 5, 30), 2023)).toMatchObject({ kind: 'open', daysLeft: 549 })
    expect(deadlineState(2025, new Date(2025, 11, 31, 18), 2024)).toMatchObject({ kind: 'open', daysLeft: 0 })
  })

  it('overdue from Jan 1 after the target year', () => {
    expect(deadlineState(2025, new Date(2026, 0, 1), 2024)).toMatchObject({ kind: 'overdue', daysOverdue: 1 })
    // Jan 31 + Feb 28 + Mar 1 = 60 days.
    expect(deadlineState(2025, new Date(2026, 2, 1), 2024)).toMatchObject({ kind: 'overdue', daysOverdue: 60 })
  })

  it('awaits the final figure until a target-year (or later) observation exists', () => {
    const asOf = new Date(2026, 2, 1)
    expect(deadlineState(2025, asOf, 2024)).toMatchObject({ awaitingFinalFigure: true })
    expect(deadlineState(2025, asOf, null)).toMatchObject({ awaitingFinalFigure: true })
    expect(deadlineState(2025, asOf, 2025)).toMatchObject({ awaitingFinalFigure: false })
    expect(deadlineState(2025, asOf, 2026)).toMatchObject({ awaitingFinalFigure: false })
  })
})
