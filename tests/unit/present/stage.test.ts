import { describe, expect, it } from 'vitest'
import { stageLayout } from '../../../src/present/stage'

describe('stageLayout', () => {
  it('shows the 1280×720 design at 1.5× on a 1920×1080 screen, unshifted', () => {
    expect(stageLayout(1920, 1080)).toEqual({ mode: 'stage', scale: 1.5, left: 0, top: 0 })
  })
  it('is the design itself at 1280×720', () => {
    expect(stageLayout(1280, 720)).toEqual({ mode: 'stage', scale: 1, left: 0, top: 0 })
  })
  it('letterboxes a 4:3 projector: width decides, the stage is centred vertically', () => {
    // 1024 / 1280 = 0.8; 720 × 0.8 = 576; (768 − 576) / 2 = 96
    expect(stageLayout(1024, 768)).toEqual({ mode: 'stage', scale: 0.8, left: 0, top: 96 })
  })
  it('pillarboxes an ultra-wide window: height decides, centred horizontally', () => {
    // 720 / 720 = 1; (2000 − 1280) / 2 = 360
    expect(stageLayout(2000, 720)).toEqual({ mode: 'stage', scale: 1, left: 360, top: 0 })
  })
  it('reflows on a portrait phone, but scales a phone held sideways', () => {
    expect(stageLayout(390, 844).mode).toBe('reflow')
    expect(stageLayout(844, 390)).toMatchObject({ mode: 'stage', scale: 390 / 720 })
  })
  it('a box not laid out yet (0×0) is a stage at 1×, never a division by zero', () => {
    expect(stageLayout(0, 0)).toEqual({ mode: 'stage', scale: 1, left: 0, top: 0 })
  })
})
