// Writes public/data/snapshot.json: every row target tracking reads from the bundled dataset, so
// the overview, the tracker and the target pages are complete before DuckDB-WASM has started
// (issue 13). The rows are the engine's own: the Parquet files just written are cast into the
// contract's tables and queried with the statements the app runs (src/queries/tracking.ts), on
// DuckDB's Node build. The as-of date is applied in the browser by the same module (src/tracking).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { typedColumns } from '../src/db/contract'
import { quoteIdent, sqlLiteral } from '../src/db/sqlLiteral'
import { CATALOGUE_QUERIES, trackedObservationsQuery } from '../src/queries/trackingSql'
import { parseDatasetFacts } from '../src/types/datasetFacts'
import type { Target } from '../src/types/contract'
import { OUT_DIR } from './lib/export'

type Row = Record<string, unknown>

async function main(): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(OUT_DIR, 'manifest.json'), 'utf8')) as { tables: Record<string, string> }
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
    const snapshot = {
      // The app uses the snapshot only while the page shows the bundled dataset alone (src/main.ts).
      dataset: 'bundled',
      // The manifest's facts (headline order, document titles), so the first view names documents as the loaded one will.
      facts: parseDatasetFacts(manifest),
      inputs: { indicators: plain(indicators), entities: plain(entities), targets: plain(targets), observations: plain(observations) },
    }
    const path = join(OUT_DIR, 'snapshot.json')
    writeFileSync(path, JSON.stringify(snapshot))
    console.log(
      `snapshot: ${targets.length} targets, ${observations.length} observations, ${indicators.length} indicators, ` +
        `${entities.length} entities (${Math.round(readFileSync(path).byteLength / 1024)} KB)`,
    )
  } finally {
    conn.closeSync()
    instance.closeSync()
  }
}

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
