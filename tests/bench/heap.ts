import type { CDPSession } from '@playwright/test'

/** Samples the page's JS heap through CDP every `everyMs`; `stop()` ends it and returns the peak. */
export function sampleHeap(cdp: CDPSession, everyMs: number): { stop: () => number } {
  let peak = 0
  const timer = setInterval(async () => {
    try {
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
      peak = Math.max(peak, usedSize)
    } catch {
      /* page navigating */
    }
  }, everyMs)
  return { stop: () => (clearInterval(timer), peak) }
}
