// Keeps the audience window and the presenter window on the same slide: each posts where it
// is on a BroadcastChannel (same origin, no server), the other follows if it is elsewhere.
// The audience window also sends the presenter window everything it shows (labels and notes,
// already in words), so the presenter window never starts its own engine (issue 16, defect 6).
import { onBeforeUnmount, onMounted } from 'vue'

export const PRESENT_CHANNEL = 'nmg-vet-present'

export interface DeckPosition {
  deck: string
  /** 0-based slide index. */
  index: number
}

/** What the presenter window shows, worked out by the audience window (which has the data). */
export interface PresenterNotes {
  /** 0-based index of the slide these notes are for. */
  index: number
  total: number
  label: string
  notes: string
  /** The next slide's label; null on the last slide. */
  next: string | null
}

type Message = { type: 'position'; position: DeckPosition } | { type: 'hello' } | { type: 'leave' } | { type: 'notes'; notes: PresenterNotes }

export function usePresentChannel(current: () => DeckPosition, follow: (p: DeckPosition) => void, onLeave?: () => void, onNotes?: (n: PresenterNotes) => void) {
  let channel: BroadcastChannel | null = null
  /** The last notes published here, sent again when a presenter window (re)opens. */
  let published: PresenterNotes | null = null

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
  /** Audience window: send the presenter window what to show for the current slide. */
  function publishNotes(notes: PresenterNotes) {
    published = notes
    post({ type: 'notes', notes })
  }

  onMounted(() => {
    if (typeof BroadcastChannel === 'undefined') return
    channel = new BroadcastChannel(PRESENT_CHANNEL)
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data
      if (m?.type === 'hello') {
        announce()
        if (published) post({ type: 'notes', notes: published })
      } else if (m?.type === 'notes') onNotes?.(m.notes)
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
  return { announce, leave, publishNotes }
}
