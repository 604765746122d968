// Keyboard control of a deck, as a presentation clicker sends it: most clickers send
// PageDown/PageUp (some arrows), Esc or "." for blank. Pure: the composable feeds it events.

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: number }
  | { type: 'exit' }
  | { type: 'fullscreen' }
  | { type: 'edit' }

export interface KeyInput {
  key: string
  ctrlKey?: boolean
  altKey?: boolean
  metaKey?: boolean
  shiftKey?: boolean
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'n', 'N'])
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'])

/** The deck action for a key, or null to leave the key to the browser (Ctrl/Alt/Meta shortcuts always are). */
export function keyAction(e: KeyInput): DeckAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null
  if (e.key === ' ' && e.shiftKey) return { type: 'prev' }
  if (NEXT.has(e.key)) return { type: 'next' }
  if (PREV.has(e.key)) return { type: 'prev' }
  if (e.key === 'Home') return { type: 'first' }
  if (e.key === 'End') return { type: 'last' }
  if (e.key === 'Escape' || e.key === 'Esc') return { type: 'exit' }
  if (e.key === 'f' || e.key === 'F') return { type: 'fullscreen' }
  if (e.key === 'e' || e.key === 'E') return { type: 'edit' }
  if (/^[0-9]$/.test(e.key)) return { type: 'digit', digit: Number(e.key) }
  return null
}

export interface DigitBuffer {
  digits: string
  /** When the last digit was typed (ms). */
  at: number
}

/** Digits typed within this time of each other make one number ("1","2" → slide 12). */
export const DIGIT_WINDOW_MS = 900

/**
 * A digit typed: jump at once to that slide; a second digit soon after extends the number
 * when the deck has that many slides. Returns the 1-based slide to show (null: none) and the buffer.
 */
export function digitJump(buffer: DigitBuffer | null, digit: number, now: number, count: number): { slide: number | null; buffer: DigitBuffer } {
  const recent = buffer && now - buffer.at <= DIGIT_WINDOW_MS ? buffer.digits : ''
  const combined = recent + String(digit)
  if (recent && Number(combined) >= 1 && Number(combined) <= count) return { slide: Number(combined), buffer: { digits: combined, at: now } }
  const single = String(digit)
  const slide = digit >= 1 && digit <= count ? digit : null
  return { slide, buffer: { digits: single, at: now } }
}

/** The index after an action, clamped to the deck (no wrap-around: a clicker at the end stays there). */
export function stepIndex(index: number, action: 'next' | 'prev' | 'first' | 'last', count: number): number {
  if (count <= 0) return 0
  if (action === 'first') return 0
  if (action === 'last') return count - 1
  return Math.min(Math.max(index + (action === 'next' ? 1 : -1), 0), count - 1)
}
