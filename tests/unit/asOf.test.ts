import { describe, expect, it } from 'vitest'
import { parseAsOf } from '../../src/stores/settings'

// Issue 16: ?asof=garbage was replaced silently and 0001-01-01 was accepted.
describe('parseAsOf', () => {
  it('accepts a real calendar day within 2000–2100', () => {
    expect(parseAsOf('2026-11-22')?.getFullYear()).toBe(2026)
    expect(parseAsOf('2024-02-29')?.getDate()).toBe(29)
  })
  it('rejects what is not one, so the page can say so', () => {
    for (const bad of ['garbage', '0001-01-01', '1999-12-31', '2101-01-01', '2023-02-30', '2023-13-01', '2023-1-1', '', undefined, ['2026-11-22']]) {
      expect(parseAsOf(bad)).toBeNull()
    }
  })
})
