// npm run data:check — readable report of the curated data + public/data/checks.json.
// Exits non-zero only on errors of ours; the documents' own problems (totals that do not add up,
// conflicting figures, printed shares that differ from their parts) are reported, not failed.
import { relative } from 'node:path'
import { checkDataset } from './lib/check'
import { CURATED_DIR, writeChecksJson } from './lib/export'
import { loadFacts } from './lib/facts'
import { loadCurated } from './lib/load'
import { formatReport } from './lib/report-text'

const dataset = loadCurated(CURATED_DIR)
const report = checkDataset(dataset)
console.log(formatReport(report))
// Document titles and headline targets (data/lib/facts.ts): ours, so an error fails the check.
const { facts, errors: factErrors } = loadFacts(CURATED_DIR, dataset)
for (const e of factErrors) console.log(`  ✗ ${e.message}`)
console.log(`Dataset facts: ${Object.keys(facts.documents).length} document titles, ${facts.headlines.length} headline targets, ${factErrors.length} error(s)`)
const path = writeChecksJson(report)
console.log(`Report written to ${relative(process.cwd(), path)}`)
process.exitCode = report.ok && factErrors.length === 0 ? 0 : 1
