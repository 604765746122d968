// Names come from data and from users (imported files, scenario links), so they are shown
// defensively. Bidi control characters (U+202E "right-to-left override" and friends) are
// removed: `学校<RLO>gnp.exe` would show as `exe.png校学`, and an unclosed one reverses the rest
// of a paragraph, other rows' figures included. No name in this dashboard's languages needs them.
// Long names are cut for labels on a canvas, where a 100,000-character name would make the
// chart 1.4 million px wide; the full name stays in tables and tooltips.

/** LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM, ALM. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}

/** Longest label drawn on a chart axis or legend (characters). */
export const LABEL_MAX_CHARS = 40

/** A name fit for a chart label: no bidi controls, at most `max` characters (… when cut). */
export function shortLabel(text: string, max = LABEL_MAX_CHARS): string {
  const clean = stripBidiControls(text)
  const chars = [...clean] // by code point, so a cut never splits a surrogate pair
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`
}
