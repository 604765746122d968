import { describe, expect, it } from 'vitest'
import { LABEL_MAX_CHARS, shortLabel, stripBidiControls } from '../../../src/text/names'

// Issue 16, smaller findings: hostile names must not reorder text or blow up a chart.
describe('names from data', () => {
  it('removes bidi controls, so 学校<RLO>gnp.exe reads as written and cannot reverse what follows', () => {
    expect(stripBidiControls('学校\u202Egnp.exe')).toBe('学校gnp.exe')
    expect(stripBidiControls('\u2067a\u2069\u200F\u202Ab\u202C')).toBe('ab')
    expect(stripBidiControls('鄂尔多斯市')).toBe('鄂尔多斯市')
  })
  it('cuts a 100,000-character name to a chart label and marks the cut', () => {
    const label = shortLabel('名'.repeat(100_000))
    expect([...label]).toHaveLength(LABEL_MAX_CHARS)
    expect(label.endsWith('…')).toBe(true)
    expect(shortLabel('呼和浩特市')).toBe('呼和浩特市')
  })
  it('never splits a character outside the BMP', () => {
    const label = shortLabel('𠀀'.repeat(50), 10)
    expect([...label]).toEqual([...'𠀀'.repeat(9), '…'])
  })
})
