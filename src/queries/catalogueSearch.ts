// The data view's URL state and search, as pure functions. The user's text becomes terms,
// each term an ILIKE pattern passed as a prepared-statement parameter (never spliced into
// SQL), or a case-insensitive match on rows already in memory. Every term must match somewhere.
import type { SqlParam } from '../db/query'

/** The data view's tabs, in display order; `?tab=` takes one of these. */
export const CATALOGUE_TABS = ['indicators', 'targets', 'observations', 'entities', 'sources', 'checks'] as const
export type CatalogueTab = (typeof CATALOGUE_TABS)[number]
export const DEFAULT_TAB: CatalogueTab = 'indicators'
/** Rows per page of the long tables. */
export const PAGE_SIZE = 50

type QueryValue = string | null | (string | null)[] | undefined
const first = (v: QueryValue): string | undefined => (Array.isArray(v) ? (v[0] ?? undefined) : (v ?? undefined))

/** `?tab=` → a known tab (anything else → the default). */
export function parseTab(v: QueryValue): CatalogueTab {
  const s = first(v)
  return (CATALOGUE_TABS as readonly string[]).includes(s ?? '') ? (s as CatalogueTab) : DEFAULT_TAB
}

/** `?q=` → the search text. */
export function parseQ(v: QueryValue): string {
  return first(v) ?? ''
}

/** `?page=` → a 1-based page number (anything else → 1). */
export function parsePage(v: QueryValue): number {
  const s = first(v)
  if (!s || !/^\d{1,7}$/.test(s)) return 1
  return Math.max(1, Number(s))
}

const MAX_TERMS = 8
const MAX_TERM_LENGTH = 100

/** "鄂尔多斯  双师" → ["鄂尔多斯", "双师"]; splits on any whitespace, including the ideographic space. */
export function searchTerms(q: string): string[] {
  const terms = q
    .split(/[\s\u3000]+/u)
    .map((t) => t.slice(0, MAX_TERM_LENGTH))
    .filter((t) => t.length > 0)
  return [...new Set(terms)].slice(0, MAX_TERMS)
}

/** The escape character used with `ILIKE ? ESCAPE '\'`. */
export const LIKE_ESCAPE = '\\'

/** A term as an ILIKE "contains" pattern: % _ and \ in it are matched literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => LIKE_ESCAPE + c)}%`
}

export interface SqlFragment {
  sql: string
  params: SqlParam[]
}

/** Whether case matters for a term: Latin, Cyrillic … do; Chinese characters and digits do not. */
export function hasCase(term: string): boolean {
  return term.toLowerCase() !== term.toUpperCase()
}

/**
 * One column against one term. A term without case (Chinese, digits: most searches here) is a
 * plain substring test, `contains`, about ten times faster on a million rows than ILIKE, which
 * folds case; a term with case uses ILIKE with the escaped pattern.
 */
export function columnMatch(col: string, term: string): SqlFragment {
  return hasCase(term) ? { sql: `${col} ILIKE ? ESCAPE '\\'`, params: [likePattern(term)] } : { sql: `contains(${col}, ?)`, params: [term] }
}

export interface TermMatch {
  /** Text columns (names written by us) each term is looked for in. */
  columns: readonly string[]
  /**
   * Extra per-term tests written by us with exactly one `?` each, bound to the ILIKE pattern, e.g.
   * `o.entity_id IN (SELECT entity_id FROM entities WHERE name_zh ILIKE ? ESCAPE '\')`.
   */
  subqueries?: readonly string[]
  /** A SMALLINT year column: a term that is a year (2023) matches it exactly. */
  yearColumn?: string
  /** Column holding source_doc: a term also matches the documents whose title contains it. */
  sourceDocColumn?: string
  /** Known documents matching a term (documentsMatching from documents.ts). */
  documentsFor?: (term: string) => string[]
}

/**
 * WHERE fragment: every term must match one of the columns, subqueries, the year or a
 * document title. Only placeholders and our own column names go into the SQL text; the
 * user's words travel in `params`.
 */
export function termFilter(terms: readonly string[], match: TermMatch): SqlFragment {
  if (terms.length === 0) return { sql: 'TRUE', params: [] }
  const clauses: string[] = []
  const params: SqlParam[] = []
  for (const term of terms) {
    const ors: string[] = []
    for (const col of match.columns) {
      const m = columnMatch(col, term)
      ors.push(m.sql)
      params.push(...m.params)
    }
    for (const sub of match.subqueries ?? []) {
      ors.push(sub)
      params.push(likePattern(term))
    }
    if (match.yearColumn && /^\d{4}$/.test(term)) {
      ors.push(`${match.yearColumn} = ?`)
      params.push(Number(term))
    }
    const docs = match.sourceDocColumn && match.documentsFor ? match.documentsFor(term) : []
    if (docs.length > 0) {
      ors.push(`${match.sourceDocColumn} IN (${docs.map(() => '?').join(', ')})`)
      params.push(...docs)
    }
    clauses.push(`(${ors.join(' OR ')})`)
  }
  return { sql: clauses.join(' AND '), params }
}

/** In-memory counterpart: every term is contained (case-insensitively) in one of the texts. */
export function matchesTerms(terms: readonly string[], texts: readonly (string | number | null | undefined)[]): boolean {
  if (terms.length === 0) return true
  const hay = texts
    .filter((t) => t !== null && t !== undefined)
    .join('\n')
    .toLowerCase()
  return terms.every((t) => hay.includes(t.toLowerCase()))
}
