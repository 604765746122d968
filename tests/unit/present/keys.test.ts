import { describe, it, expect } from 'vitest'
import { DIGIT_WINDOW_MS, digitJump, keyAction, stepIndex } from '../../../src/present/keys'

describe('keyboard mapping', () => {
  it('forward: →, ↓, Space, PageDown (what clickers send), N', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n']) expect(keyAction({ key })).toEqual({ type: 'next' })
  })
  it('back: ←, ↑, PageUp, Backspace, Shift+Space, P', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p']) expect(keyAction({ key })).toEqual({ type: 'prev' })
    expect(keyAction({ key: ' ', shiftKey: true })).toEqual({ type: 'prev' })
  })
  it('Home/End, Esc, F, E and digits', () => {
    expect(keyAction({ key: 'Home' })).toEqual({ type: 'first' })
    expect(keyAction({ key: 'End' })).toEqual({ type: 'last' })
    expect(keyAction({ key: 'Escape' })).toEqual({ type: 'exit' })
    expect(keyAction({ key: 'f' })).toEqual({ type: 'fullscreen' })
    expect(keyAction({ key: 'E' })).toEqual({ type: 'edit' })
    expect(keyAction({ key: '7' })).toEqual({ type: 'digit', digit: 7 })
  })
  it('leaves browser shortcuts and other keys alone', () => {
    expect(keyAction({ key: 'ArrowRight', altKey: true })).toBeNull()
    expect(keyAction({ key: 'r', ctrlKey: true })).toBeNull()
    expect(keyAction({ key: '1', metaKey: true })).toBeNull()
    expect(keyAction({ key: 'Tab' })).toBeNull()
    expect(keyAction({ key: 'x' })).toBeNull()
  })
})

describe('number keys', () => {
  it('one digit jumps at once; 0 alone and numbers past the end do nothing', () => {
    expect(digitJump(null, 3, 0, 5).slide).toBe(3)
    expect(digitJump(null, 0, 0, 5).slide).toBeNull()
    expect(digitJump(null, 8, 0, 5).slide).toBeNull()
  })
  it('two quick digits make one number when the deck is that long', () => {
    const first = digitJump(null, 1, 1000, 12)
    expect(first.slide).toBe(1)
    expect(digitJump(first.buffer, 2, 1000 + DIGIT_WINDOW_MS - 1, 12).slide).toBe(12)
    // too slow: a new number
    expect(digitJump(first.buffer, 2, 1000 + DIGIT_WINDOW_MS + 1, 12).slide).toBe(2)
    // 1 then 5 with 12 slides: 15 is past the end, so 5
    expect(digitJump(first.buffer, 5, 1100, 12).slide).toBe(5)
    // 1 then 0 → 10
    expect(digitJump(first.buffer, 0, 1100, 12).slide).toBe(10)
  })
})

describe('stepping', () => {
  it('stays within the deck (no wrap-around)', () => {
    expect(stepIndex(0, 'prev', 5)).toBe(0)
    expect(stepIndex(4, 'next', 5)).toBe(4)
    expect(stepIndex(2, 'next', 5)).toBe(3)
    expect(stepIndex(2, 'first', 5)).toBe(0)
    expect(stepIndex(2, 'last', 5)).toBe(4)
    expect(stepIndex(0, 'next', 0)).toBe(0)
  })
})
