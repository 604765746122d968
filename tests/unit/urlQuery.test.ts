import { describe, expect, it } from 'vitest'
import { APP_KEYS, TRACKER_KEYS, VIEW_KEYS, keptKeys, linkQuery, queryText } from '../../src/urlQuery'

const filtered = { asof: '2026-11-22', lang: 'en', scenario: 'abc', compare: 'def', entity: 'bayannur', status: 'short_at_last_figure', q: '双师', sort: 'deadline' }

describe('linkQuery: which keys a link to another view keeps', () => {
  it('tracker → target → tracker keeps the as-of date, language, scenarios and every filter', () => {
    const toTarget = linkQuery({ name: 'tracker', query: filtered }, 'target')
    expect(toTarget).toEqual(filtered)
    expect(linkQuery({ name: 'target', query: toTarget as typeof filtered }, 'tracker')).toEqual(filtered)
  })

  it('tracker → report keeps the filters (the report prints the tracker as filtered)', () => {
    expect(linkQuery({ name: 'tracker', query: filtered }, 'report')).toEqual(filtered)
  })

  it("the tracker's search is not the catalogue's: q, entity and status stay behind on the way to the data view", () => {
    expect(linkQuery({ name: 'tracker', query: filtered }, 'data')).toEqual({ asof: '2026-11-22', lang: 'en', scenario: 'abc', compare: 'def' })
    // …and the catalogue's q does not become a tracker filter.
    expect(linkQuery({ name: 'data', query: { asof: '2026-11-22', tab: 'targets', q: 'x', page: '2' } }, 'tracker')).toEqual({ asof: '2026-11-22' })
  })

  it('the benchmark and scenarios views each keep their own ?target', () => {
    expect(linkQuery({ name: 'benchmark', query: { target: 'a', asof: 'd' } }, 'benchmark')).toEqual({ target: 'a', asof: 'd' })
    expect(linkQuery({ name: 'benchmark', query: { target: 'a', asof: 'd' } }, 'scenarios')).toEqual({ asof: 'd' })
  })

  it('the presenter window follows the deck and slide; the overview after the show does not get them', () => {
    const show = { deck: 'title,overview', slide: '2', lang: 'en' }
    expect(linkQuery({ name: 'present', query: show }, 'present-notes')).toEqual(show)
    expect(linkQuery({ name: 'present', query: show }, 'overview')).toEqual({ lang: 'en' })
  })

  it('a dataset link (?data=) is never carried to another view: it is offered once', () => {
    expect(linkQuery({ name: 'tracker', query: { data: '/x/manifest.json', asof: 'd' } }, 'target')).toEqual({ asof: 'd' })
    expect(linkQuery({ name: 'tracker', query: { data: '/x/manifest.json' } }, 'tracker')).toEqual({})
  })

  it('extra keys are added, and undefined removes a kept key', () => {
    expect(linkQuery({ name: 'data', query: { tab: 'sources', q: 'a', page: '3', asof: 'd' } }, 'data', { tab: 'targets', q: 'doc.pdf', page: undefined })).toEqual({ tab: 'targets', q: 'doc.pdf', asof: 'd' })
  })

  it('a route without a name (the first render) keeps only the keys every view keeps', () => {
    expect(keptKeys(undefined, 'tracker')).toEqual(new Set(APP_KEYS))
  })

  it('every group names views of the router and no key is both app-wide and view-owned', () => {
    const views = ['overview', 'tracker', 'target', 'benchmark', 'data', 'scenarios', 'warnings', 'present', 'present-notes', 'report']
    for (const g of VIEW_KEYS) {
      for (const v of g.views) expect(views).toContain(v)
      for (const k of g.keys) expect(APP_KEYS as readonly string[]).not.toContain(k)
    }
    expect(VIEW_KEYS[0].keys).toBe(TRACKER_KEYS)
  })
})

describe('queryText', () => {
  it('takes the first of a repeated key and treats empty as absent', () => {
    expect(queryText(['a', 'b'])).toBe('a')
    expect(queryText('')).toBeNull()
    expect(queryText(null)).toBeNull()
    expect(queryText(undefined)).toBeNull()
  })
})
