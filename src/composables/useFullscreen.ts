// The Fullscreen API, where the browser allows it (it needs a user gesture; an iframe may forbid it).
import { onBeforeUnmount, onMounted, ref } from 'vue'

/** Ask for full screen; resolves false when refused (no gesture, not allowed, not supported). */
export async function enterFullscreen(el: Element = document.documentElement): Promise<boolean> {
  if (document.fullscreenElement) return true
  if (!document.fullscreenEnabled || !el.requestFullscreen) return false
  try {
    await el.requestFullscreen({ navigationUI: 'hide' })
    return true
  } catch {
    return false
  }
}

export async function exitFullscreen(): Promise<void> {
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined)
}

/** Whether the page is full screen now, and a hook for when the browser leaves it (Esc does that itself). */
export function useFullscreen(onLeave?: () => void) {
  /** True while the document is full screen. */
  const active = ref(!!document.fullscreenElement)
  function onChange() {
    const was = active.value
    active.value = !!document.fullscreenElement
    if (was && !active.value) onLeave?.()
  }
  onMounted(() => document.addEventListener('fullscreenchange', onChange))
  onBeforeUnmount(() => document.removeEventListener('fullscreenchange', onChange))
  return { active }
}
