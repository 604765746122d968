import { describe, expect, it } from 'vitest'
import { citedDocuments, sectionsByDocument } from '../../../src/report/sections'
import type { TargetEvaluation } from '../../../src/tracking'

// Only the fields the grouping reads; the rest of an evaluation does not matter here.
const ev = (id: string, doc: string, figureDocs: string[] = []) =>
  ({ target: { target_id: id, source_doc: doc }, points: [{ sources: figureDocs.map((d) => ({ source_doc: d })) }] }) as unknown as TargetEvaluation

describe('report sections', () => {
  const rows = [ev('a', 'd003'), ev('b', 'd004', ['d000']), ev('c', 'd003', ['d001'])]
  it('one section per document, documents in first-seen order, rows keep the tracker order', () => {
    expect(sectionsByDocument(rows).map((s) => [s.doc, s.rows.map((r) => r.target.target_id)])).toEqual([
      ['d003', ['a', 'c']],
      ['d004', ['b']],
    ])
  })
  it('sources: every document cited by a target or a figure, once', () => {
    expect(citedDocuments([...rows, rows[0]!])).toEqual(['d003', 'd004', 'd000', 'd001'])
  })
})
