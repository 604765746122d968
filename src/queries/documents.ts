// Titles of the documents the loaded dataset cites. They come from the dataset's manifest
// (`documents`, docs/data-contract.md "Manifest facts"); the dataset store hands them over with
// `adoptDocumentTitles` whenever a dataset is loaded or a linked one applied. A document the manifest
// does not name (a user's table, a dataset without titles) is shown by its raw `source_doc`.
import { shallowRef } from 'vue'
import type { DocumentInfo } from '../types/datasetFacts'

export type DocumentTitles = Readonly<Record<string, DocumentInfo>>

/** Titles of the dataset on screen; reactive, so a template reading a title follows a dataset change. */
const loaded = shallowRef<DocumentTitles>({})

/** Adopt the titles of the dataset now loaded (none: every document shows its `source_doc`). */
export function adoptDocumentTitles(titles: DocumentTitles | undefined): void {
  loaded.value = titles ?? {}
}

const isZh = (locale: string) => locale.toLowerCase().startsWith('zh')

/** Full title of a source document in the locale; the raw `source_doc` when it is not a known document. */
export function documentTitle(sourceDoc: string, locale: string, titles: DocumentTitles = loaded.value): string {
  const doc = titles[sourceDoc]
  if (!doc) return sourceDoc
  return isZh(locale) ? doc.title_zh : doc.title_en
}

/** Short title for table cells; the raw `source_doc` when unknown. */
export function documentShortTitle(sourceDoc: string, locale: string, titles: DocumentTitles = loaded.value): string {
  const doc = titles[sourceDoc]
  if (!doc) return sourceDoc
  return isZh(locale) ? doc.short_zh : doc.short_en
}

/** Known documents whose file name or title (either language) contains every term. */
export function documentsMatching(terms: readonly string[], titles: DocumentTitles = loaded.value): string[] {
  if (terms.length === 0) return []
  return Object.entries(titles)
    .filter(([file, d]) => {
      const hay = [file, d.title_zh, d.title_en, d.short_zh, d.short_en].join('\n').toLowerCase()
      return terms.every((t) => hay.includes(t.toLowerCase()))
    })
    .map(([file]) => file)
}
