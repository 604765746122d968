// Keyboard (and clicker) control of a deck: maps keys with src/present/keys.ts and leaves
// keys alone while the presenter types in a form (the deck editor).
import { onKeyStroke } from '@vueuse/core'
import { digitJump, keyAction, stepIndex, type DeckAction, type DigitBuffer } from '../present/keys'

export interface SlideKeyHandlers {
  count: () => number
  index: () => number
  go: (index: number) => void
  /** Non-navigation actions (exit, fullscreen, edit); return false to let the browser have the key. */
  other?: (action: Exclude<DeckAction, { type: 'next' | 'prev' | 'first' | 'last' | 'digit' }>) => boolean
  /** Keys are ignored while this is true (e.g. a dialog is open). */
  paused?: () => boolean
}

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA'])
const PRESSABLE = new Set(['BUTTON', 'A'])

export function useSlideKeys(h: SlideKeyHandlers): void {
  let buffer: DigitBuffer | null = null

  function onKey(e: KeyboardEvent) {
    if (h.paused?.() || e.defaultPrevented) return
    const el = e.target as HTMLElement | null
    // Typing in a field stays typing; Space/Enter on a focused button or link press it.
    if (el && (TYPING.has(el.tagName) || el.isContentEditable) && e.key !== 'Escape') return
    if (el && PRESSABLE.has(el.tagName) && (e.key === ' ' || e.key === 'Enter')) return
    const action = keyAction(e)
    if (!action) return
    if (action.type === 'digit') {
      const jump = digitJump(buffer, action.digit, performance.now(), h.count())
      buffer = jump.buffer
      if (jump.slide !== null) h.go(jump.slide - 1)
    } else if (action.type === 'next' || action.type === 'prev' || action.type === 'first' || action.type === 'last') {
      h.go(stepIndex(h.index(), action.type, h.count()))
    } else if (!h.other?.(action)) {
      return
    }
    e.preventDefault()
  }

  // Every key on the window, while the calling component lives; keyAction picks the deck's keys.
  onKeyStroke(onKey)
}
