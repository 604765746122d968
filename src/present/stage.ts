// Slides are designed once, on a 1280×720 stage, and the whole stage is scaled to the window (as
// Slidev's SlideContainer does): a 1920×1080 screen shows exactly the 1280×720 design at 1.5×, so
// type, charts and spacing keep their proportions on any projector. A portrait phone cannot show
// a 16:9 slide legibly (390 px wide is a 0.3× stage, 7 px text), so there the slide reflows.

export const SLIDE_WIDTH = 1280
export const SLIDE_HEIGHT = 720
/** Narrower than this and taller than wide: a phone held upright. */
export const REFLOW_BELOW = 600

export type StageLayout =
  | { mode: 'stage'; scale: number; left: number; top: number }
  | { mode: 'reflow'; scale: 1; left: 0; top: 0 }

/** Where the 1280×720 stage goes in a box of `width`×`height` px: the largest scale that fits, centred. */
export function stageLayout(width: number, height: number): StageLayout {
  if (width > 0 && width < REFLOW_BELOW && height > width) return { mode: 'reflow', scale: 1, left: 0, top: 0 }
  if (width <= 0 || height <= 0) return { mode: 'stage', scale: 1, left: 0, top: 0 }
  const scale = Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT)
  return { mode: 'stage', scale, left: (width - SLIDE_WIDTH * scale) / 2, top: (height - SLIDE_HEIGHT * scale) / 2 }
}
