// The deck and the current slide live in the URL (`/present?deck=…&slide=n`): a link opens
// the same slide, and the presenter window follows by reading the same two keys.
import { computed } from 'vue'
import { parseDeck, parseSlideIndex, serializeDeck, type SlideRef } from '../present/deck'
import { useQueryKey } from './useQueryKey'

export function useDeck() {
  // 'replace' keeps stepping out of the history. An empty deck (every slide removed) stays empty.
  const deck = useQueryKey('deck', { keepEmpty: true })
  const slide = useQueryKey('slide')

  /** The URL names a deck (possibly empty); without one the show starts with the default deck. */
  const hasDeck = computed(() => deck.value !== null)
  /** The slides as the URL lists them. */
  const slides = computed<SlideRef[]>(() => parseDeck(deck.value))
  /** The deck's URL token (for comparing and for messages between windows). */
  const deckParam = computed(() => serializeDeck(slides.value))
  /** The URL's 1-based slide number as it was asked for (not clamped). */
  const requested = computed(() => parseSlideIndex(slide.value, Number.MAX_SAFE_INTEGER))

  /** Write deck and/or slide (1-based in the URL); both go in one navigation. */
  function update(next: { slides?: readonly SlideRef[]; index?: number }) {
    if (next.slides) deck.value = serializeDeck(next.slides)
    if (next.index !== undefined) slide.value = String(next.index + 1)
  }

  return { slides, hasDeck, deckParam, requested, update }
}
