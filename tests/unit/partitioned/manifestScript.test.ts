// `npm run manifest` on what engines write: the synthetic generator's DuckDB output, then the
// same files renamed the way Spark names them, with its _SUCCESS and .crc companions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateNational, PROVINCES, YEARS } from '../../../data/tools/syntheticNational'
import { writeManifest } from '../../../data/tools/manifest'
import type { PartitionedTable } from '../../../src/db/partitioned/manifest'

let dir = ''
let rows = 0
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'h13-manifest-'))
  rows = (await generateNational({ out: dir, rows: 20_000, seed: 5 })).observationRows
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const observations = () => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).tables.observations as PartitionedTable

describe('manifest for DuckDB COPY … PARTITION_BY output', () => {
  it('lists every file with its size, rows and partition, and names the synthetic dataset', () => {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
    expect(m.name_en).toMatch(/SYNTHETIC/)
    expect(m.tables.targets).toBe('targets.parquet')
    const obs = observations()
    const years = YEARS.to - YEARS.from + 1
    expect(obs.partition_keys).toEqual(['year', 'province'])
    expect(obs.writer).toBe('duckdb')
    // per year: a national agg file, and an agg + data file per province
    expect(obs.files).toHaveLength(years * (1 + 2 * PROVINCES.length))
    expect(obs.files.reduce((s, f) => s + f.rows, 0)).toBe(rows)
    const f = obs.files.find((x) => x.path === 'year=2024/province=15/data_0.parquet')!
    expect(f.bytes).toBe(statSync(join(dir, 'observations', f.path)).size)
    expect(f.partition).toEqual({ year: '2024', province: '15' })
    expect(f.stats!.entity_id.min).toMatch(/^S15\d{5}$/)
    expect(f.stats!.indicator_id).toEqual({ min: 'syn_ind_01', max: 'syn_ind_12' })
  })
})

describe('manifest for Spark-named output', () => {
  it('skips _SUCCESS and .crc files and recognises Spark', async () => {
    const uuid = '1f0d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b'
    const root = join(dir, 'observations')
    for (const year of readdirSync(root)) {
      for (const prov of readdirSync(join(root, year))) {
        readdirSync(join(root, year, prov)).forEach((name, i) => {
          const spark = `part-${String(i).padStart(5, '0')}-${uuid}.c000.zstd.parquet`
          renameSync(join(root, year, prov, name), join(root, year, prov, spark))
          writeFileSync(join(root, year, prov, `.${spark}.crc`), 'crc')
        })
      }
    }
    writeFileSync(join(root, '_SUCCESS'), '')
    await writeManifest(dir)
    const obs = observations()
    expect(obs.writer).toBe('spark')
    expect(obs.files.some((f) => f.path.includes('_SUCCESS') || f.path.includes('.crc'))).toBe(false)
    expect(obs.files.reduce((s, f) => s + f.rows, 0)).toBe(rows)
  })
})
