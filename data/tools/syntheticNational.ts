// A SYNTHETIC national-scale dataset in the partitioned layout an upstream engine would write,
// for tests and the benchmark only: every name says 合成 / synthetic, every source_doc is
// `synthetic`, and it is written outside the repository (never bundled).
//   tsx data/tools/syntheticNational.ts --out /tmp/national --rows 1000000 --seed 7
// 31 provinces × years × indicators × schools; schools per province follow from --rows.
// Observations go to observations/year=YYYY/province=NN/ as two files per partition, both by
// DuckDB's `COPY … (PARTITION_BY …)`: `agg_0.parquet` with the province (and national) series,
// `data_0.parquet` with the schools, each sorted by entity so row-group statistics can prune.
// Entities go to entities/kind=region|school/, likewise sorted by entity.
import { DuckDBInstance } from '@duckdb/node-api'
import { mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { writeManifest } from './manifest'

// GB/T 2260 province-level codes (31 mainland divisions).
export const PROVINCES = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65]
export const YEARS = { from: 2016, to: 2025 }
const INDICATORS = 12

export interface SyntheticOptions {
  out: string
  rows: number
  seed: number
  rowGroupSize?: number
}

export interface SyntheticSummary {
  manifest: string
  schoolsPerProvince: number
  observationRows: number
}

export async function generateNational({ out, rows, seed, rowGroupSize = 16_384 }: SyntheticOptions): Promise<SyntheticSummary> {
  const dir = resolve(out)
  if (dir.startsWith(resolve('.') + '/') || dir === resolve('.')) throw new Error(`${dir}: write the synthetic dataset outside the repository`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(`${dir}/observations`, { recursive: true })
  const years = YEARS.to - YEARS.from + 1
  const schools = Math.max(1, Math.round(rows / (years * PROVINCES.length * INDICATORS)) - 1)
  const db = await DuckDBInstance.create(':memory:')
  const c = await db.connect()
  const q = (s: string) => s.replaceAll("'", "''")
  const copy = (sql: string, file: string) => c.run(`COPY (${sql}) TO '${q(`${dir}/${file}`)}' (FORMAT parquet, COMPRESSION zstd)`)
  const seedSql = Number(seed) | 0

  await c.run(`CREATE TABLE provinces AS SELECT unnest([${PROVINCES.join(',')}]) AS code`)
  await c.run(`CREATE TABLE indicators AS SELECT
      printf('syn_ind_%02d', i) AS indicator_id, printf('合成指标 %02d', i) AS name_zh, printf('Synthetic indicator %02d', i) AS name_en,
      CASE WHEN i % 3 = 0 THEN 'count' ELSE 'percent' END AS unit,
      CASE WHEN i % 4 = 0 THEN 'lower_better' ELSE 'higher_better' END AS direction,
      '合成' AS category, 'all' AS education_level, NULL::VARCHAR AS formula, NULL::VARCHAR AS display
    FROM range(1, ${INDICATORS + 1}) t(i)`)
  await c.run(`CREATE TABLE entities AS
      SELECT 'CN' AS entity_id, '全国（合成）' AS name_zh, 'Nation (synthetic)' AS name_en, 'region' AS kind, NULL::VARCHAR AS parent_id
      UNION ALL SELECT 'P' || code, '合成省份 ' || code, 'Synthetic province ' || code, 'region', 'CN' FROM provinces
      UNION ALL SELECT printf('S%d%05d', code, s), printf('合成学校 %d-%05d', code, s), printf('Synthetic school %d-%05d', code, s), 'school', 'P' || code
        FROM provinces, range(1, ${schools + 1}) t(s)`)
  // Deterministic per (seed, indicator, entity, year): the same seed gives the same bytes of data.
  const value = `CASE WHEN i.unit = 'percent' THEN round((hash(${seedSql}, i.indicator_id, e.entity_id) % 6000) / 100.0 + 20 + (y - ${YEARS.from}) * ((hash(${seedSql}, i.indicator_id, e.entity_id, 'slope') % 200) / 100.0 - 0.5) + (hash(${seedSql}, i.indicator_id, e.entity_id, y) % 100) / 100.0, 2)
    ELSE (hash(${seedSql}, i.indicator_id, e.entity_id, y) % 5000 + 100)::DOUBLE END`
  const obs = (where: string) => `SELECT i.indicator_id, e.entity_id, y::SMALLINT AS year, ${value} AS value, NULL::DATE AS period_end,
      'synthetic' AS source_doc, 'data/tools/syntheticNational.ts seed ${seedSql}' AS source_ref, NULL::VARCHAR AS quote,
      CASE WHEN e.entity_id = 'CN' THEN '00' ELSE substr(e.entity_id, 2, 2) END AS province
    FROM indicators i, entities e, range(${YEARS.from}, ${YEARS.to + 1}) t(y) WHERE ${where}`
  await copy('SELECT * FROM indicators', 'indicators.parquet')
  // Entities too are partitioned (by kind): the national overview reads the regions' file only,
  // never the hundreds of thousands of schools; a benchmark reads the row groups of one parent.
  await c.run(`COPY (SELECT * FROM entities ORDER BY entity_id) TO '${q(`${dir}/entities`)}'
    (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (kind), ROW_GROUP_SIZE ${rowGroupSize})`)
  await copy(`SELECT 'T-' || i.indicator_id || '-' || e.entity_id AS target_id, i.indicator_id, e.entity_id,
      2020::SMALLINT AS baseline_year, NULL::DOUBLE AS baseline_value, 2030::SMALLINT AS target_year,
      CASE WHEN i.unit = 'percent' THEN 70.0 ELSE 4000.0 END AS target_value,
      CASE WHEN i.direction = 'lower_better' THEN '<=' ELSE '>=' END AS comparator, 'expected' AS binding,
      'synthetic' AS source_doc, 'data/tools/syntheticNational.ts seed ${seedSql}' AS source_ref, NULL::VARCHAR AS quote
    FROM indicators i, entities e WHERE e.kind = 'region' ORDER BY e.entity_id, i.indicator_id`, 'targets.parquet')
  // One thread keeps each partition's rows in ORDER BY order inside its file (min/max stay tight).
  await c.run('SET threads = 1')
  const partitioned = (sql: string, pattern: string) =>
    c.run(`COPY (${sql} ORDER BY y, province, e.entity_id, i.indicator_id) TO '${q(`${dir}/observations`)}'
      (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year, province), FILENAME_PATTERN '${pattern}_{i}', OVERWRITE_OR_IGNORE, ROW_GROUP_SIZE ${rowGroupSize})`)
  await partitioned(obs(`e.kind = 'region'`), 'agg')
  await partitioned(obs(`e.kind = 'school'`), 'data')
  const count = await c.runAndReadAll(`SELECT count(*)::DOUBLE AS n FROM read_parquet('${q(`${dir}/observations`)}/*/*/*.parquet')`)
  c.closeSync()
  const manifest = await writeManifest(dir, '合成数据：全国职业教育（仅供测试）', 'SYNTHETIC national VET dataset (test only)')
  return { manifest, schoolsPerProvince: schools, observationRows: Number(count.getRows()[0][0]) }
}

function arg(flag: string, fallback: string): string {
  const i = process.argv.indexOf(flag)
  return i > 0 ? process.argv[i + 1] : fallback
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const started = Date.now()
  generateNational({ out: arg('--out', '/tmp/nmg-synthetic-national'), rows: Number(arg('--rows', '1000000')), seed: Number(arg('--seed', '1')) }).then(
    (s) => console.log(`${s.observationRows.toLocaleString('en')} synthetic observation rows, ${s.schoolsPerProvince} schools per province, ${((Date.now() - started) / 1000).toFixed(1)} s → ${s.manifest}`),
    (err) => {
      console.error(err instanceof Error ? err.message : err)
      process.exit(1)
    },
  )
}
