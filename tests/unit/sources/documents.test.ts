import { afterEach, describe, expect, it } from 'vitest'
import { adoptDocumentTitles, documentShortTitle, documentTitle, documentsMatching } from '../../../src/queries/documents'
import { parseDatasetFacts } from '../../../src/types/datasetFacts'
import { bundledFacts } from './bundledTitles'

// The bundled dataset's titles as `npm run data` writes them into manifest.json.
const bundled = bundledFacts()

afterEach(() => adoptDocumentTitles(undefined))

describe('document titles come from the loaded dataset', () => {
  it('the bundled manifest names the five seed documents in each language', () => {
    expect(Object.keys(bundled.documents ?? {})).toHaveLength(5)
    adoptDocumentTitles(bundled.documents)
    expect(documentTitle('003_44a6be25437ffb50.txt', 'zh-CN')).toBe('鄂尔多斯市职业教育改革发展实施方案（鄂府发〔2022〕78号）')
    expect(documentTitle('003_44a6be25437ffb50.txt', 'en')).toMatch(/^Ordos Implementation Plan/)
    expect(documentTitle('001_9bfbc6521a716587.txt', 'zh')).toBe('巴彦淖尔市中等职业教育质量年度报告（2024）')
    expect(documentShortTitle('004_44e67aaf433226d8.txt', 'en')).toBe('Regional VET measures')
  })
  it('a user dataset carries its own titles, and the bundled ones are gone', () => {
    adoptDocumentTitles(parseDatasetFacts({ documents: { 'gb-2026.pdf': { title_zh: '2026年统计公报', title_en: '2026 Statistical Bulletin' } } }).documents)
    expect(documentTitle('gb-2026.pdf', 'zh-CN')).toBe('2026年统计公报')
    expect(documentShortTitle('gb-2026.pdf', 'en')).toBe('2026 Statistical Bulletin') // no short title: the full one
    expect(documentTitle('003_44a6be25437ffb50.txt', 'zh-CN')).toBe('003_44a6be25437ffb50.txt')
  })
  it('falls back to the raw source_doc for documents the dataset does not name', () => {
    expect(documentTitle('2026年统计公报.pdf', 'en')).toBe('2026年统计公报.pdf')
    expect(documentShortTitle('<b>x</b>', 'zh-CN')).toBe('<b>x</b>')
  })
})

describe('documentsMatching', () => {
  it('finds documents by file name or either title', () => {
    adoptDocumentTitles(bundled.documents)
    expect(documentsMatching(['鄂尔多斯'])).toEqual(['003_44a6be25437ffb50.txt'])
    expect(documentsMatching(['bayannur'])).toEqual(['001_9bfbc6521a716587.txt'])
    expect(documentsMatching(['002_'])).toEqual(['002_26576409a80910f8.txt'])
    expect(documentsMatching([])).toEqual([])
  })
})

describe('parseDatasetFacts (a manifest may come from anyone)', () => {
  it('keeps what is well formed and drops the rest, never inventing a title', () => {
    const facts = parseDatasetFacts({
      headlines: ['a', ' b ', 3, '', 'a'],
      documents: { x: { title_en: 'Only English' }, y: 'not an object', z: { short_zh: 'short only' } },
    })
    expect(facts.headlines).toEqual(['a', 'b'])
    expect(facts.documents).toEqual({ x: { title_zh: 'Only English', title_en: 'Only English', short_zh: 'Only English', short_en: 'Only English' } })
    expect(parseDatasetFacts({ name: 'v1 manifest', tables: {} })).toEqual({})
    expect(parseDatasetFacts(null)).toEqual({})
  })
})
