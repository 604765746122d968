// Checks against the source documents themselves. The documents are not part of the repository
// (data/CURATION.md cites them by title, issuing body and 文号), so these checks run only where the
// plain-text conversions sit next to the checkout, and say that they skipped otherwise.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Where to look for the documents: $SEED_DOCS_DIR, else the folder the project's documents were
 * handed out in, `shared/seeds` beside the checkout. Neither needs to exist.
 */
export function seedDocsDir(): string {
  return process.env.SEED_DOCS_DIR ? resolve(process.env.SEED_DOCS_DIR) : join(ROOT, '..', 'shared', 'seeds')
}

/** The documents by file name (`NNN_<16 hex>.txt`), or null when none are present. */
export function readSeedDocs(dir = seedDocsDir()): Map<string, string> | null {
  if (!existsSync(dir)) return null
  const docs = new Map<string, string>()
  for (const name of readdirSync(dir)) if (/^\d{3}_[0-9a-f]{16}\.txt$/.test(name)) docs.set(name, readFileSync(join(dir, name), 'utf8'))
  return docs.size > 0 ? docs : null
}

const NUMBER = /\d+(?:\.\d+)?/g

/**
 * Every number a document prints. The conversions sometimes space out digits (`78 号`, `1. 9`), so
 * the numbers of the text with such spaces closed are included too.
 */
export function printedNumbers(text: string): Set<string> {
  const closed = text.replace(/(?<=\d) (?=[\d.])|(?<=\.) (?=\d)/g, '')
  return new Set([...(text.match(NUMBER) ?? []), ...(closed.match(NUMBER) ?? [])])
}

/** Numbers in a quote that the document does not print: a mistyped figure, or the wrong document. */
export function numbersNotInDocument(quote: string, documentNumbers: ReadonlySet<string>): string[] {
  return (quote.match(NUMBER) ?? []).filter((n) => !documentNumbers.has(n))
}
