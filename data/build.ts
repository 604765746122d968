// npm run data — validate data/curated and write public/data/*.parquet (+ their decoded Arrow copies,
// data/lib/decoded.ts) + manifest.json + checks.json.
// Refuses to write when the curation has errors of ours (see `npm run data:check` for the full report).
import { mkdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { checkDataset } from './lib/check'
import { CURATED_DIR, manifest, OUT_DIR, tableSpecs, writeChecksJson, writeJson } from './lib/export'
import { loadFacts } from './lib/facts'
import { loadCurated } from './lib/load'
import { writeParquetTables } from './lib/parquet'
import { writeDecodedCopies } from './lib/decoded'

async function main(): Promise<number> {
  const dataset = loadCurated(CURATED_DIR)
  const report = checkDataset(dataset)
  const { facts, errors: factErrors } = loadFacts(CURATED_DIR, dataset)
  if (!report.ok || factErrors.length) {
    const errors = [...report.errors, ...factErrors]
    console.error(`npm run data: ${errors.length} error(s) in ${relative(process.cwd(), CURATED_DIR)}, nothing written:`)
    for (const e of errors) console.error(`  ✗ ${e.message}`)
    console.error('Run `npm run data:check` for the full report.')
    return 1
  }
  mkdirSync(OUT_DIR, { recursive: true })
  const specs = tableSpecs(dataset)
  await writeParquetTables(OUT_DIR, specs)
  await writeDecodedCopies(OUT_DIR, specs.map((s) => s.name))
  writeJson(join(OUT_DIR, 'manifest.json'), manifest(dataset, facts))
  writeChecksJson(report)
  const c = report.counts
  console.log(
    `data: wrote ${relative(process.cwd(), OUT_DIR)}/ — ${c.indicators} indicators, ${c.entities} entities, ` +
      `${c.targets} targets, ${c.observations} observations (${c.conflicts} conflicts, ` +
      `sums ${c.sums_checked} checked / ${c.sums_failed} not adding up, ${c.warnings} warnings)`,
  )
  return 0
}

process.exitCode = await main()
