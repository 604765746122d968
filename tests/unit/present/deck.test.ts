import { describe, it, expect } from 'vitest'
import {
  addSlide,
  deckTargetIds,
  defaultDeck,
  MAX_SLIDES,
  moveSlide,
  parseDeck,
  parseSlideIndex,
  removeSlide,
  serializeDeck,
  type SlideRef,
} from '../../../src/present/deck'

const DUAL = 'd003_ordos_dual_qualified_teacher_share_secondary_2025'

describe('deck in the URL', () => {
  it('round-trips every slide kind in order', () => {
    const deck: SlideRef[] = [{ kind: 'title' }, { kind: 'overview' }, { kind: 'target', id: DUAL }, { kind: 'benchmark', id: DUAL }, { kind: 'narrative' }]
    const text = serializeDeck(deck)
    expect(text).toBe(`title,overview,target:${DUAL},benchmark:${DUAL},narrative`)
    expect(parseDeck(text)).toEqual(deck)
  })

  it('keeps ids with commas, colons and Chinese intact', () => {
    const deck: SlideRef[] = [{ kind: 'target', id: 'a,b:c 学校' }]
    expect(serializeDeck(deck)).toBe('target:a%2Cb%3Ac%20%E5%AD%A6%E6%A0%A1')
    expect(parseDeck(serializeDeck(deck))).toEqual(deck)
  })

  it('drops unknown tokens, empty ids, bad escapes and repeats', () => {
    expect(parseDeck('title,bogus,target:,target:%E0%A4%A,overview,title,target:x,target:x, narrative ')).toEqual([
      { kind: 'title' },
      { kind: 'overview' },
      { kind: 'target', id: 'x' },
      { kind: 'narrative' },
    ])
  })

  it('reads nothing from a missing, empty or non-string value; takes the first of repeated keys', () => {
    expect(parseDeck(undefined)).toEqual([])
    expect(parseDeck('')).toEqual([])
    expect(parseDeck(42)).toEqual([])
    expect(parseDeck(['overview', 'title'])).toEqual([{ kind: 'overview' }])
  })

  it('caps a hand-made deck', () => {
    const many = Array.from({ length: MAX_SLIDES + 10 }, (_, i) => `target:t${i}`).join(',')
    expect(parseDeck(many)).toHaveLength(MAX_SLIDES)
  })
})

describe('slide number', () => {
  it('is 1-based in the URL and clamped to the deck', () => {
    expect(parseSlideIndex('1', 5)).toBe(0)
    expect(parseSlideIndex('3', 5)).toBe(2)
    expect(parseSlideIndex('9', 5)).toBe(4)
    expect(parseSlideIndex('0', 5)).toBe(0)
  })
  it('falls back to the first slide for anything else', () => {
    for (const v of [undefined, '', 'abc', '-2', '2.5', null]) expect(parseSlideIndex(v, 5)).toBe(0)
    expect(parseSlideIndex('4', 0)).toBe(0)
    expect(parseSlideIndex(['2', '4'], 5)).toBe(1)
  })
})

describe('building and editing a deck', () => {
  it('default deck: what is on screen', () => {
    expect(defaultDeck().map((s) => s.kind)).toEqual(['title', 'overview', 'narrative'])
    expect(defaultDeck({ targetId: DUAL })).toEqual([{ kind: 'title' }, { kind: 'overview' }, { kind: 'target', id: DUAL }, { kind: 'narrative' }])
    expect(defaultDeck({ targetId: DUAL, withBenchmark: true }).map((s) => s.kind)).toEqual(['title', 'overview', 'target', 'benchmark', 'narrative'])
  })

  it('moves, removes and adds without touching the input', () => {
    const deck = defaultDeck({ targetId: 'a' })
    const before = serializeDeck(deck)
    expect(serializeDeck(moveSlide(deck, 0, 2))).toBe('overview,target:a,title,narrative')
    expect(serializeDeck(moveSlide(deck, 3, -5))).toBe('narrative,title,overview,target:a')
    expect(serializeDeck(moveSlide(deck, 9, 0))).toBe(before)
    expect(serializeDeck(removeSlide(deck, 1))).toBe('title,target:a,narrative')
    expect(serializeDeck(addSlide(deck, { kind: 'benchmark', id: 'a' }, 3))).toBe('title,overview,target:a,benchmark:a,narrative')
    expect(serializeDeck(addSlide(deck, { kind: 'overview' }))).toBe(before)
    expect(serializeDeck(deck)).toBe(before)
  })

  it('lists the targets a deck shows, once each', () => {
    expect(deckTargetIds(parseDeck('title,target:a,benchmark:a,benchmark:b,narrative'))).toEqual(['a', 'b'])
  })
})
