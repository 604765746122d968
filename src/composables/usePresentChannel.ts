// Keeps the audience window and the presenter window on the same slide: each posts where it
// is on a BroadcastChannel (same origin, no server), the other follows if it is elsewhere.
import { onBeforeUnmount, onMounted } from 'vue'

export const PRESENT_CHANNEL = 'nmg-vet-present'

export interface DeckPosition {
  deck: string
  /** 0-based slide index. */
  index: number
}

type Message = { type: 'position'; position: DeckPosition } | { type: 'hello' } | { type: 'leave' }

export function usePresentChannel(current: () => DeckPosition, follow: (p: DeckPosition) => void, onLeave?: () => void) {
  let channel: BroadcastChannel | null = null

  function post(message: Message) {
    channel?.postMessage(message)
  }
  /**
   * Tell the other window where this one is. Call it for changes made here only, never when
   * following the other window: two windows echoing each other could otherwise see-saw.
   */
  function announce(position: DeckPosition = current()) {
    post({ type: 'position', position })
  }
  function leave() {
    post({ type: 'leave' })
  }

  onMounted(() => {
    if (typeof BroadcastChannel === 'undefined') return
    channel = new BroadcastChannel(PRESENT_CHANNEL)
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data
      if (m?.type === 'hello') announce()
      else if (m?.type === 'leave') onLeave?.()
      else if (m?.type === 'position') {
        const here = current()
        if (m.position.deck !== here.deck || m.position.index !== here.index) follow(m.position)
      }
    }
    post({ type: 'hello' })
  })
  onBeforeUnmount(() => {
    channel?.close()
    channel = null
  })
  return { announce, leave }
}
