// A deck is a list of slide references; it lives in the URL (`?deck=…&slide=n`) so a
// presenter can share or bookmark it. Pure: no Vue, no router.

export type SlideRef =
  | { kind: 'title' }
  | { kind: 'overview' }
  | { kind: 'narrative' }
  /** One target: figures and the trajectory chart. */
  | { kind: 'target'; id: string }
  /** One target applied to the entities below it. */
  | { kind: 'benchmark'; id: string }
  /** The region's adjustment rules as warnings (src/warnings, issue 12). */
  | { kind: 'warnings' }

export type SlideKind = SlideRef['kind']

/** More than this is not a talk; it also bounds what a hand-edited URL can ask for. */
export const MAX_SLIDES = 60

const SINGLE: readonly SlideKind[] = ['title', 'overview', 'narrative', 'warnings']

/** The token a slide has in the URL: `title`, `target:<id>` …; ids are percent-encoded so a comma in an id survives. */
export function slideToken(ref: SlideRef): string {
  return ref.kind === 'target' || ref.kind === 'benchmark' ? `${ref.kind}:${encodeURIComponent(ref.id)}` : ref.kind
}

function parseToken(token: string): SlideRef | null {
  const t = token.trim()
  if ((SINGLE as readonly string[]).includes(t)) return { kind: t as 'title' | 'overview' | 'narrative' | 'warnings' }
  const m = /^(target|benchmark):(.+)$/.exec(t)
  if (!m) return null
  let id: string
  try {
    id = decodeURIComponent(m[2]!)
  } catch {
    return null
  }
  return id.trim() ? { kind: m[1] as 'target' | 'benchmark', id } : null
}

/** `?deck=` → slides; unknown tokens and repeats are dropped, the rest keep their order. */
export function parseDeck(raw: unknown): SlideRef[] {
  const text = Array.isArray(raw) ? raw[0] : raw
  if (typeof text !== 'string' || !text) return []
  const seen = new Set<string>()
  const out: SlideRef[] = []
  for (const token of text.split(',')) {
    const ref = parseToken(token)
    if (!ref) continue
    const key = slideToken(ref)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(ref)
    if (out.length === MAX_SLIDES) break
  }
  return out
}

export function serializeDeck(slides: readonly SlideRef[]): string {
  return slides.map(slideToken).join(',')
}

/** `?slide=` is 1-based for people; the result is a 0-based index clamped to the deck. */
export function parseSlideIndex(raw: unknown, count: number): number {
  const text = Array.isArray(raw) ? raw[0] : raw
  const n = typeof text === 'string' && /^\d+$/.test(text.trim()) ? Number(text) : 1
  if (count <= 0) return 0
  return Math.min(Math.max(n, 1), count) - 1
}

export interface DeckContext {
  /** A target on screen when the presenter pressed "Present" (detail or benchmark view). */
  targetId?: string | null
  /** Whether that target can be applied to entities below it. */
  withBenchmark?: boolean
}

/** What is on screen, as a deck: title, the overview cards, the target in view (if any), the narrative. */
export function defaultDeck(ctx: DeckContext = {}): SlideRef[] {
  const deck: SlideRef[] = [{ kind: 'title' }, { kind: 'overview' }]
  if (ctx.targetId) {
    deck.push({ kind: 'target', id: ctx.targetId })
    if (ctx.withBenchmark) deck.push({ kind: 'benchmark', id: ctx.targetId })
  }
  deck.push({ kind: 'narrative' })
  return deck
}

export function sameSlide(a: SlideRef, b: SlideRef): boolean {
  return slideToken(a) === slideToken(b)
}

/** Move the slide at `from` to `to` (both clamped); a new array. */
export function moveSlide(slides: readonly SlideRef[], from: number, to: number): SlideRef[] {
  const out = [...slides]
  if (from < 0 || from >= out.length) return out
  const [s] = out.splice(from, 1)
  out.splice(Math.min(Math.max(to, 0), out.length), 0, s!)
  return out
}

export function removeSlide(slides: readonly SlideRef[], index: number): SlideRef[] {
  return slides.filter((_, i) => i !== index)
}

/** Add a slide (at the end, or before `at`); a slide already in the deck is not added twice. */
export function addSlide(slides: readonly SlideRef[], ref: SlideRef, at = slides.length): SlideRef[] {
  if (slides.some((s) => sameSlide(s, ref)) || slides.length >= MAX_SLIDES) return [...slides]
  const out = [...slides]
  out.splice(Math.min(Math.max(at, 0), out.length), 0, ref)
  return out
}

/** The targets a deck shows, in order, each once (for the printable report). */
export function deckTargetIds(slides: readonly SlideRef[]): string[] {
  const ids: string[] = []
  for (const s of slides) if ((s.kind === 'target' || s.kind === 'benchmark') && !ids.includes(s.id)) ids.push(s.id)
  return ids
}
