// npm run data:quotes (part of data:check) — every number in a target's or observation's `quote`
// must be printed in the document its `source_doc` names. Needs the documents beside the checkout
// (see data/lib/seedDocs.ts); without them it says it skipped and succeeds.
import { CURATED_DIR } from './lib/export'
import { loadCurated } from './lib/load'
import { numbersNotInDocument, printedNumbers, readSeedDocs, seedDocsDir } from './lib/seedDocs'

const docs = readSeedDocs()
if (!docs) {
  console.log(`Quote check skipped: the source documents are not present (looked in ${seedDocsDir()}; set SEED_DOCS_DIR to check against them).`)
} else {
  const numbers = new Map([...docs].map(([name, text]) => [name, printedNumbers(text)]))
  const data = loadCurated(CURATED_DIR)
  const problems: string[] = []
  let checked = 0
  for (const row of [...data.targets, ...data.observations]) {
    if (!row.quote) continue
    checked++
    const printed = numbers.get(row.source_doc)
    if (!printed) {
      problems.push(`${row.origin.file}:${row.origin.line}: source_doc ${row.source_doc} is not among the documents in ${seedDocsDir()}`)
      continue
    }
    const missing = numbersNotInDocument(row.quote, printed)
    if (missing.length) problems.push(`${row.origin.file}:${row.origin.line}: ${missing.join(', ')} in quote "${row.quote}" is not printed in ${row.source_doc}`)
  }
  for (const p of problems) console.log(`  ✗ ${p}`)
  console.log(`Quote check: ${checked} quotes against ${docs.size} documents in ${seedDocsDir()}; ${problems.length} problem(s)`)
  process.exitCode = problems.length ? 1 : 0
}
