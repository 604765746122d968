import { describe, it, expect } from 'vitest'
import {
  STATUS_ORDER,
  STATUSES_BY_SEVERITY,
  statusFromPaceRatio,
  statusSeverity,
  targetStatus,
  type StatusInput,
} from '../../../src/tracking/status'

const base: StatusInput = {
  latestYear: 2023,
  met: false,
  targetYear: 2025,
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

describe('order and severity', () => {
  it('lists every status once in both orders', () => {
    expect([...STATUSES_BY_SEVERITY].sort()).toEqual([...STATUS_ORDER].sort())
  })
  it('missed is most severe, achieved least, no_data above on_track', () => {
    expect(statusSeverity('missed')).toBe(6)
    expect(statusSeverity('deteriorating')).toBeGreaterThan(statusSeverity('limited_progress'))
    expect(statusSeverity('achieved')).toBe(0)
    expect(statusSeverity('no_data')).toBeGreaterThan(statusSeverity('on_track'))
    expect(statusSeverity('no_data')).toBeLessThan(statusSeverity('acceleration_needed'))
    const sorted = [...STATUS_ORDER].sort((a, b) => statusSeverity(b) - statusSeverity(a))
    expect(sorted).toEqual(STATUSES_BY_SEVERITY)
  })
})
