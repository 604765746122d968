// Whether the screen is phone-narrow, and its width: chart option builders lay out labels
// and titles for it (ECharts does not wrap or shrink them by itself).
import { useWindowSize } from '@vueuse/core'

export const NARROW_MAX_PX = 640

export function useNarrowScreen() {
  // The window's inner width, kept up to date on resize (1280 where there is no window).
  const { width } = useWindowSize({ initialWidth: 1280, listenOrientation: false })
  return { width, narrow: () => width.value <= NARROW_MAX_PX }
}
