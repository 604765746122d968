// Whether the screen is phone-narrow, and its width: chart option builders lay out labels
// and titles for it (ECharts does not wrap or shrink them by itself).
import { onScopeDispose, ref } from 'vue'

export const NARROW_MAX_PX = 640

export function useNarrowScreen() {
  const width = ref(typeof window === 'undefined' ? 1280 : window.innerWidth)
  const update = () => (width.value = window.innerWidth)
  if (typeof window !== 'undefined') {
    window.addEventListener('resize', update, { passive: true })
    onScopeDispose(() => window.removeEventListener('resize', update))
  }
  return { width, narrow: () => width.value <= NARROW_MAX_PX }
}
