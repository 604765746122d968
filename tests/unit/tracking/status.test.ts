import { describe, it, expect } from 'vitest'
import {
  STATUS_ORDER,
  STATUSES_BY_SEVERITY,
  combineSourceStatuses,
  standingStatus,
  statusFromPaceRatio,
  statusSeverity,
  targetStatus,
  type StatusInput,
} from '../../../src/tracking/status'

const base: StatusInput = {
  latestYear: 2023,
  met: false,
  targetYear: 2025,
  overdue: false,
  hasNewData: true,
  pointCount: 2,
  requiredImprovement: 5,
  paceRatio: 1,
}

describe('statusFromPaceRatio (UN thresholds)', () => {
  it.each([
    [1.2, 'on_track'],
    [0.95, 'on_track'],
    [0.949, 'acceleration_needed'],
    [0.5, 'acceleration_needed'],
    [0.49, 'limited_progress'],
    [-0.1, 'limited_progress'],
    [-0.11, 'deteriorating'],
  ] as const)('r = %s → %s', (r, status) => {
    expect(statusFromPaceRatio(r)).toBe(status)
  })
})

describe('targetStatus', () => {
  it('achieved wins, even from a single point', () => {
    expect(targetStatus({ ...base, met: true, pointCount: 1 })).toBe('achieved')
  })
  it('missed once a target-year (or later) figure does not meet it', () => {
    expect(targetStatus({ ...base, latestYear: 2025, paceRatio: 2 })).toBe('missed')
    expect(targetStatus({ ...base, latestYear: 2026 })).toBe('missed')
  })
  it('no_data below two points, or with nothing known', () => {
    expect(targetStatus({ ...base, pointCount: 1 })).toBe('no_data')
    expect(targetStatus({ ...base, latestYear: null, pointCount: 0, requiredImprovement: null })).toBe('no_data')
  })
  it('start already met the target and the latest does not: deteriorating', () => {
    expect(targetStatus({ ...base, requiredImprovement: 0, paceRatio: null })).toBe('deteriorating')
    expect(targetStatus({ ...base, requiredImprovement: -1.25, paceRatio: null })).toBe('deteriorating')
  })
  it('otherwise the pace ratio decides', () => {
    expect(targetStatus({ ...base, paceRatio: 0.6 })).toBe('acceleration_needed')
  })
})

describe('targetStatus after the deadline without a final figure', () => {
  const overdue = { ...base, overdue: true }
  it('the last figure after the baseline decides: met or short, never a pace status', () => {
    expect(targetStatus({ ...overdue, met: true })).toBe('met_at_last_figure')
    expect(targetStatus({ ...overdue, paceRatio: 2 })).toBe('short_at_last_figure')
    expect(targetStatus({ ...overdue, pointCount: 1, requiredImprovement: null, paceRatio: null })).toBe('short_at_last_figure')
  })
  it('nothing since the baseline: no_new_data, even when the baseline equals the target', () => {
    expect(targetStatus({ ...overdue, hasNewData: false, met: true, pointCount: 1 })).toBe('no_new_data')
    expect(targetStatus({ ...overdue, hasNewData: false, latestYear: null, pointCount: 0 })).toBe('no_new_data')
  })
  it('a final figure still decides: achieved or missed', () => {
    expect(targetStatus({ ...overdue, latestYear: 2025, met: true })).toBe('achieved')
    expect(targetStatus({ ...overdue, latestYear: 2025 })).toBe('missed')
  })
})

describe('standing rules and conflicting sources', () => {
  it('a standing rule reads its latest year with data', () => {
    expect(standingStatus(true)).toBe('rule_met')
    expect(standingStatus(false)).toBe('rule_not_met')
    expect(standingStatus(null)).toBe('no_new_data')
  })
  it('sources that agree give one verdict; otherwise it depends on the source', () => {
    expect(combineSourceStatuses(['short_at_last_figure', 'short_at_last_figure'])).toBe('short_at_last_figure')
    expect(combineSourceStatuses(['met_at_last_figure', 'short_at_last_figure'])).toBe('depends_on_source')
  })
})

describe('order and severity', () => {
  it('lists every status once in both orders', () => {
    expect([...STATUSES_BY_SEVERITY].sort()).toEqual([...STATUS_ORDER].sort())
  })
  it('missed is most severe, achieved least, shortfalls before the unknown, no_data above on_track', () => {
    expect(statusSeverity('missed')).toBe(STATUS_ORDER.length - 1)
    expect(statusSeverity('short_at_last_figure')).toBeGreaterThan(statusSeverity('depends_on_source'))
    expect(statusSeverity('no_new_data')).toBeGreaterThan(statusSeverity('met_at_last_figure'))
    expect(statusSeverity('deteriorating')).toBeGreaterThan(statusSeverity('limited_progress'))
    expect(statusSeverity('achieved')).toBe(0)
    expect(statusSeverity('no_data')).toBeGreaterThan(statusSeverity('on_track'))
    expect(statusSeverity('no_data')).toBeLessThan(statusSeverity('acceleration_needed'))
    const sorted = [...STATUS_ORDER].sort((a, b) => statusSeverity(b) - statusSeverity(a))
    expect(sorted).toEqual(STATUSES_BY_SEVERITY)
  })
})
