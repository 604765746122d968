// Facts about a dataset that are not rows of its tables: which targets the overview leads with and
// what the cited documents are called. They travel in the dataset's manifest (docs/data-contract.md,
// "Manifest facts", contract v1.2), so a user's dataset carries its own; both are optional.

/** How a cited document is named on screen. */
export interface DocumentInfo {
  /** Full title as the document prints it. */
  title_zh: string
  title_en: string
  /** A few words for table cells, where the full title would not fit. */
  short_zh: string
  short_en: string
}

export interface DatasetFacts {
  /** target_ids the overview shows first, in order; absent: the rule in src/overview/headlines.ts picks. */
  headlines?: string[]
  /** Titles by `source_doc`; a document not listed is shown by its raw `source_doc`. */
  documents?: Record<string, DocumentInfo>
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null)

/**
 * The facts a manifest carries, read defensively: it may come from anyone's link. Malformed entries
 * are left out (a title is never made up); a missing English title falls back to the Chinese one
 * and a missing short title to the full one.
 */
export function parseDatasetFacts(manifest: unknown): DatasetFacts {
  const m = (manifest && typeof manifest === 'object' ? manifest : {}) as { headlines?: unknown; documents?: unknown }
  const facts: DatasetFacts = {}
  if (Array.isArray(m.headlines)) {
    const ids = [...new Set(m.headlines.map(text).filter((id): id is string => id !== null))]
    if (ids.length) facts.headlines = ids
  }
  if (m.documents && typeof m.documents === 'object' && !Array.isArray(m.documents)) {
    const docs: Record<string, DocumentInfo> = {}
    for (const [doc, raw] of Object.entries(m.documents as Record<string, unknown>)) {
      const d = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
      const zh = text(d.title_zh) ?? text(d.title_en)
      if (!zh || !text(doc)) continue
      const en = text(d.title_en) ?? zh
      docs[doc] = { title_zh: zh, title_en: en, short_zh: text(d.short_zh) ?? zh, short_en: text(d.short_en) ?? en }
    }
    if (Object.keys(docs).length) facts.documents = docs
  }
  return facts
}
