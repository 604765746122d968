// `first-kpi` and `dashboard-ready` (src/marks.ts) are what the benchmark and the browser tests wait for:
// the first figures on screen, and the first view rendered from DuckDB's data.
import { nextTick, watch } from 'vue'
import type { ReadyMark } from '../marks'

function markOnce(name: string) {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name)
}

/** Mark `name` once, after the render that follows `ready()` turning true. */
export function useReadyMark(name: ReadyMark, ready: () => boolean): void {
  watch(
    ready,
    async (ok) => {
      if (!ok) return
      await nextTick()
      markOnce(name)
    },
    { immediate: true },
  )
}
