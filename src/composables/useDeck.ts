// The deck and the current slide live in the URL (`/present?deck=…&slide=n`): a link opens
// the same slide, and the presenter window follows by reading the same two keys.
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { parseDeck, parseSlideIndex, serializeDeck, type SlideRef } from '../present/deck'

export function useDeck() {
  const route = useRoute()
  const router = useRouter()

  /** The slides as the URL lists them. */
  const slides = computed<SlideRef[]>(() => parseDeck(route.query.deck))
  /** The deck's URL token (for comparing and for messages between windows). */
  const deckParam = computed(() => serializeDeck(slides.value))
  /** The URL's 1-based slide number as it was asked for (not clamped). */
  const requested = computed(() => parseSlideIndex(route.query.slide, Number.MAX_SAFE_INTEGER))

  /** Write deck and/or slide (1-based in the URL); `replace` keeps stepping out of the history. */
  function update(next: { slides?: readonly SlideRef[]; index?: number }) {
    const query = { ...route.query }
    if (next.slides) query.deck = serializeDeck(next.slides)
    if (next.index !== undefined) query.slide = String(next.index + 1)
    if (query.deck === route.query.deck && query.slide === route.query.slide) return
    void router.replace({ query })
  }

  return { slides, deckParam, requested, update }
}
