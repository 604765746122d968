// Titles of the source documents the bundled dataset cites (data/CURATION.md, "Source documents").
// `source_doc` in the tables is the seed's file name; user data may cite any other
// document, which is then shown by its raw `source_doc`.

export interface DocumentInfo {
  /** Full title as the document prints it. */
  zh: string
  en: string
  /** A few words for table cells, where the full title would not fit. */
  shortZh: string
  shortEn: string
}

export const DOCUMENTS: Readonly<Record<string, DocumentInfo>> = {
  '000_21480c5d0c516810.txt': {
    zh: '《凝心聚力谋发展 踔厉奋发谱新篇》（内蒙古职业教育发展综述，成果截至2024年底）',
    en: '“Uniting to Develop, Striving for a New Chapter”: feature article on Inner Mongolia vocational education (results to end-2024)',
    shortZh: '自治区职教发展综述（2024）',
    shortEn: 'Regional VET feature article (2024)',
  },
  '001_9bfbc6521a716587.txt': {
    zh: '巴彦淖尔市中等职业教育质量年度报告（2024）',
    en: 'Bayannur Annual Quality Report on Secondary Vocational Education (2024)',
    shortZh: '巴彦淖尔中职质量报告（2024）',
    shortEn: 'Bayannur quality report (2024)',
  },
  '002_26576409a80910f8.txt': {
    zh: '内蒙古自治区职业教育质量报告（2023年度）',
    en: 'Inner Mongolia Vocational Education Quality Report (2023)',
    shortZh: '自治区职教质量报告（2023）',
    shortEn: 'Regional quality report (2023)',
  },
  '003_44a6be25437ffb50.txt': {
    zh: '鄂尔多斯市职业教育改革发展实施方案（鄂府发〔2022〕78号）',
    en: 'Ordos Implementation Plan for Vocational Education Reform and Development (Ordos Government Document [2022] No. 78)',
    shortZh: '鄂尔多斯实施方案（2022）',
    shortEn: 'Ordos plan (2022)',
  },
  '004_44e67aaf433226d8.txt': {
    zh: '关于推动自治区现代职业教育高质量发展的若干措施',
    en: 'Measures to Promote the High-Quality Development of Modern Vocational Education in the Autonomous Region',
    shortZh: '自治区职教高质量发展若干措施',
    shortEn: 'Regional VET measures',
  },
}

const isZh = (locale: string) => locale.toLowerCase().startsWith('zh')

/** Full title of a source document in the locale; the raw `source_doc` when it is not a known document. */
export function documentTitle(sourceDoc: string, locale: string): string {
  const doc = DOCUMENTS[sourceDoc]
  if (!doc) return sourceDoc
  return isZh(locale) ? doc.zh : doc.en
}

/** Short title for table cells; the raw `source_doc` when unknown. */
export function documentShortTitle(sourceDoc: string, locale: string): string {
  const doc = DOCUMENTS[sourceDoc]
  if (!doc) return sourceDoc
  return isZh(locale) ? doc.shortZh : doc.shortEn
}

/** Known documents whose file name or title (either language) contains every term. */
export function documentsMatching(terms: readonly string[]): string[] {
  if (terms.length === 0) return []
  return Object.entries(DOCUMENTS)
    .filter(([file, d]) => {
      const hay = [file, d.zh, d.en, d.shortZh, d.shortEn].join('\n').toLowerCase()
      return terms.every((t) => hay.includes(t.toLowerCase()))
    })
    .map(([file]) => file)
}
