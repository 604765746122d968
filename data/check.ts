// npm run data:check — readable report of the curated data + public/data/checks.json.
// Exits non-zero only on errors of ours; the documents' own problems (totals that do not add up,
// conflicting figures, printed shares that differ from their parts) are reported, not failed.
import { relative } from 'node:path'
import { checkDataset } from './lib/check'
import { CURATED_DIR, writeChecksJson } from './lib/export'
import { loadCurated } from './lib/load'
import { formatReport } from './lib/report-text'

const report = checkDataset(loadCurated(CURATED_DIR))
console.log(formatReport(report))
const path = writeChecksJson(report)
console.log(`Report written to ${relative(process.cwd(), path)}`)
process.exitCode = report.ok ? 0 : 1
