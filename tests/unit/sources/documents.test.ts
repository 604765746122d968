import { describe, expect, it } from 'vitest'
import { documentShortTitle, documentTitle, documentsMatching, DOCUMENTS } from '../../../src/queries/documents'

describe('documentTitle', () => {
  it('gives the five seed documents a title in each language', () => {
    expect(Object.keys(DOCUMENTS)).toHaveLength(5)
    expect(documentTitle('003_44a6be25437ffb50.txt', 'zh-CN')).toBe('鄂尔多斯市职业教育改革发展实施方案（鄂府发〔2022〕78号）')
    expect(documentTitle('003_44a6be25437ffb50.txt', 'en')).toMatch(/^Ordos Implementation Plan/)
    expect(documentTitle('001_9bfbc6521a716587.txt', 'zh')).toBe('巴彦淖尔市中等职业教育质量年度报告（2024）')
    expect(documentShortTitle('004_44e67aaf433226d8.txt', 'en')).toBe('Regional VET measures')
  })
  it('falls back to the raw source_doc for documents it does not know (user data)', () => {
    expect(documentTitle('2026年统计公报.pdf', 'en')).toBe('2026年统计公报.pdf')
    expect(documentShortTitle('<b>x</b>', 'zh-CN')).toBe('<b>x</b>')
  })
})

describe('documentsMatching', () => {
  it('finds documents by file name or either title', () => {
    expect(documentsMatching(['鄂尔多斯'])).toEqual(['003_44a6be25437ffb50.txt'])
    expect(documentsMatching(['bayannur'])).toEqual(['001_9bfbc6521a716587.txt'])
    expect(documentsMatching(['002_'])).toEqual(['002_26576409a80910f8.txt'])
    expect(documentsMatching([])).toEqual([])
  })
})
