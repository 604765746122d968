// Writes public/data/snapshot.json: every row target tracking reads from the bundled dataset, so
// the overview, the tracker and the target pages are complete before DuckDB-WASM has started
// (issue 13); and snapshot-headlines.json, the rows of the overview's headline targets alone, for a
// first paint that parses 30 KB rather than 300. The rows are the engine's own: the Parquet files just written are cast into the
// contract's tables and queried with the statements the app runs (src/queries/tracking.ts), on
// DuckDB's Node build. The as-of date is applied in the browser by the same module (src/tracking).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { typedColumns } from '../src/db/contract'
import { quoteIdent, sqlLiteral } from '../src/db/sqlLiteral'
import { CATALOGUE_QUERIES, trackedObservationsQuery } from '../src/queries/trackingSql'
import { parseDatasetFacts, type DatasetFacts } from '../src/types/datasetFacts'
import { relatedRefs } from '../src/tracking/targetMeta'
import type { Target } from '../src/types/contract'
import { OUT_DIR } from './lib/export'

type Row = Record<string, unknown>

async function main(): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(OUT_DIR, 'manifest.json'), 'utf8')) as { name: string; name_en?: string; tables: Record<string, string> }
  const name = { zh: manifest.name, en: manifest.name_en ?? manifest.name }
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' })
  const conn = await instance.connect()
  const read = async (sql: string, params: string[] = []): Promise<Row[]> =>
    (await (params.length ? conn.runAndReadAll(sql, params) : conn.runAndReadAll(sql))).getRowObjectsJS() as Row[]
  try {
    for (const table of ['indicators', 'entities', 'targets', 'observations'] as const) {
      const file = join(OUT_DIR, manifest.tables[table])
      const columns = (await read(`DESCRIBE SELECT * FROM read_parquet(${sqlLiteral(file)})`)).map((r) => String(r.column_name))
      await conn.run(`CREATE TABLE ${quoteIdent(table)} AS SELECT ${typedColumns(table, columns).join(', ')} FROM read_parquet(${sqlLiteral(file)})`)
    }
    const indicators = await read(CATALOGUE_QUERIES.indicators)
    const entities = await read(CATALOGUE_QUERIES.entities)
    const targets = await read(CATALOGUE_QUERIES.targets)
    const observations = await read(...trackedObservationsQuery(targets as unknown as Target[]))
    const facts = parseDatasetFacts(manifest)
    write('snapshot.json', name, facts, true, { indicators, entities, targets, observations })

    // The headline targets alone: the same statements over a targets table cut down to them.
    const headlines = facts.headlines ?? []
    await conn.run(`CREATE OR REPLACE TABLE targets AS SELECT * FROM targets WHERE list_contains(${sqlList(headlines)}, target_id)`)
    const headlineTargets = await read(CATALOGUE_QUERIES.targets)
    if (headlineTargets.length !== headlines.length) throw new Error('snapshot: a headline target is not in the targets table')
    const headlineObservations = await read(...trackedObservationsQuery(headlineTargets as unknown as Target[]))
    const used = new Set([...headlineTargets, ...headlineObservations].map((r) => String(r.indicator_id)))
    for (const t of headlineTargets as unknown as Target[]) for (const r of relatedRefs(t)) used.add(r.indicator_id)
    write('snapshot-headlines.json', name, facts, false, {
      indicators: indicators.filter((i) => used.has(String(i.indicator_id))),
      entities, // all of them: small, and roll-ups read the entities below a target's own
      targets: headlineTargets,
      observations: headlineObservations,
    })
  } finally {
    conn.closeSync()
    instance.closeSync()
  }
}

/** One snapshot file; `complete`: it holds every target (else only the headlines). */
function write(file: string, name: { zh: string; en: string }, facts: DatasetFacts, complete: boolean, inputs: Record<'indicators' | 'entities' | 'targets' | 'observations', Row[]>): void {
  const path = join(OUT_DIR, file)
  // dataset: the app uses a snapshot only while the page shows the bundled dataset alone (src/main.ts).
  // name, facts: the manifest's (its name, headline order, document titles), so the first view reads as the loaded one will.
  const rows = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, plain(v)]))
  const text = JSON.stringify({ dataset: 'bundled', complete, name, facts, inputs: rows })
  writeFileSync(path, text)
  const n = (k: keyof typeof inputs) => `${inputs[k].length} ${k}`
  console.log(`${file}: ${n('targets')}, ${n('observations')}, ${n('indicators')}, ${n('entities')} (${Math.round(Buffer.byteLength(text) / 1024)} KB)`)
}

const sqlList = (ids: string[]) => `[${ids.map(sqlLiteral).join(', ')}]::VARCHAR[]`

/** Values as the app's queries return them: numbers, text and null (the browser casts BIGINT to double). */
function plain(rows: Row[]): Row[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => {
        if (v === null || typeof v === 'string' || typeof v === 'number') return [k, v]
        if (typeof v === 'bigint') return [k, Number(v)]
        throw new Error(`snapshot: ${k} has a value the app's queries never return (${typeof v})`)
      }),
    ),
  )
}

await main()
