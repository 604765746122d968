// A 1,000,000-row observations export for the benchmark: every (indicator, entity) pair of the
// bundled catalogue over 1990–2025, several sources per year, plausible values per unit.
// Written with DuckDB (node) into the bench build's bench-data/, next to the bundled catalogue files.
import { DuckDBInstance } from '@duckdb/node-api'
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { BENCH_DIST } from './benchDist'

export const BIG_ROWS = 1_000_000

export async function writeBigDataset(dir = `${BENCH_DIST}/bench-data`): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const obs = `${dir}/observations.parquet`
  for (const t of ['indicators', 'entities', 'targets']) copyFileSync(`public/data/${t}.parquet`, `${dir}/${t}.parquet`)
  writeFileSync(
    `${dir}/manifest.json`,
    JSON.stringify({ name: '基准测试：100万行实际值', name_en: 'Benchmark: 1M observations', tables: { indicators: 'indicators.parquet', entities: 'entities.parquet', targets: 'targets.parquet', observations: 'observations.parquet' } }),
  )
  if (existsSync(obs)) return `${dir}/manifest.json`
  const db = await DuckDBInstance.create(':memory:')
  const c = await db.connect()
  await c.run(`CREATE TABLE i AS SELECT * FROM read_parquet('public/data/indicators.parquet')`)
  await c.run(`CREATE TABLE e AS SELECT * FROM read_parquet('public/data/entities.parquet')`)
  // Pairs × years × sources, cut at exactly BIG_ROWS rows; values in range for the unit.
  await c.run(`COPY (
    WITH pairs AS (SELECT i.indicator_id, i.unit, e.entity_id, row_number() OVER () AS p FROM i, e),
    grid AS (SELECT p.*, y.year, s.src FROM pairs p, range(1990, 2026) y(year), range(0, 8) s(src))
    SELECT indicator_id, entity_id, year::SMALLINT AS year,
           CASE WHEN unit = 'percent' THEN round(((p * 7 + year * 13 + src) % 1000) / 10.0, 1)
                ELSE ((p * 31 + year * 17 + src * 5) % 50000)::DOUBLE END AS value,
           NULL::DATE AS period_end, 'bench_export_' || src || '.parquet' AS source_doc, 'generated' AS source_ref,
           NULL::VARCHAR AS quote
      FROM grid ORDER BY p, year, src LIMIT ${BIG_ROWS}
  ) TO '${obs}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`)
  return `${dir}/manifest.json`
}
