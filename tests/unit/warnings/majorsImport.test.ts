// Contract v1.1 tables through the real import pipeline (DuckDB's Node build): the sample
// files are detected by their columns, bad rows are rejected with the importer's reasons, and
// applying / undoing majors recomputes the key-chain share observations.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as h from '../import/duckdbHarness'
import { statusChanges } from '../../../src/tracking/statusChanges'

vi.mock('../../../src/db/query', () => ({
  quoteIdent: (name: string) => `"${name.replaceAll('"', '""')}"`,
  queryRows: h.queryRows,
  execute: h.execute,
}))
vi.mock('../../../src/db/client', () => ({ registerFileBuffer: h.registerFileBuffer, dropFile: h.dropFile, getConnection: vi.fn() }))
vi.mock('../../../src/db/decodeClient', () => ({ decodeParquetInWorker: vi.fn() }))
vi.mock('../../../src/db/ingest', async (original) => ({ ...(await original<object>()), insertParquet: h.insertParquet }))

const { prepareLoad, applyPrepared, dropLoad } = await import('../../../src/db/import/pipeline')
const { undoLastApply } = await import('../../../src/db/import/apply')

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'public', 'sample')
const sample = (name: string) => ({ name, blob: new Blob([readFileSync(join(SAMPLE, name))]) })
const SAMPLE_FILES = ['sample-fictitious-schools.csv', 'sample-fictitious-majors.csv', 'sample-fictitious-school-conditions.csv'].map(sample)
const MAJOR_HEAD = 'entity_id,year,major_code,major_name,level,key_chain,planned_enrolment,actual_enrolment,report_rate,employment_rate,matched_employment_rate,source_doc,source_ref'
const prepare = (files: { name: string; blob: Blob }[]) => prepareLoad(files, { asOf: new Date('2025-06-30'), label: 'test', judge: statusChanges })

const shares = () => h.queryRows<{ entity_id: string; year: number; value: number; source_ref: string }>(
  `SELECT entity_id, year, value, source_ref FROM observations WHERE source_doc = 'computed:majors' ORDER BY entity_id, year`,
)

beforeEach(async () => {
  await h.createLiveTables()
  await h.execute(`INSERT INTO indicators VALUES ('industry_aligned_major_share', '专业布点占比', 'Share', 'percent', 'higher_better', NULL, NULL, NULL, NULL)`)
  await h.execute(`INSERT INTO entities VALUES ('nmg', '内蒙古', 'Inner Mongolia', 'region', NULL, NULL),
    ('ordos', '鄂尔多斯', 'Ordos', 'city', 'nmg', NULL), ('baotou', '包头', 'Baotou', 'city', 'nmg', NULL), ('hohhot', '呼和浩特', 'Hohhot', 'city', 'nmg', NULL)`)
  await h.execute(`INSERT INTO observations (indicator_id, entity_id, year, value, period_end, source_doc, source_ref, quote) VALUES ('industry_aligned_major_share', 'nmg', 2024, 77.7, NULL, '000', '段1', NULL)`)
})

describe('majors and school_conditions through the importer', () => {
  it('reads the sample files as entities, majors and school_conditions, all rows good', async () => {
    const load = await prepare(SAMPLE_FILES)
    expect(load.preview.files.map((f) => [f.name, f.table, f.rejectedRows])).toEqual([
      ['sample-fictitious-schools.csv', 'entities', 0],
      ['sample-fictitious-majors.csv', 'majors', 0],
      ['sample-fictitious-school-conditions.csv', 'school_conditions', 0],
    ])
    expect(load.tables).toEqual(['entities', 'majors', 'school_conditions'])
    await dropLoad(load.ctx)
  })

  it('rejects rows with a rate over 100, a negative count, an unknown school, an unknown level or met value', async () => {
    const load = await prepare([
      h.csvFile('majors.csv', [
        MAJOR_HEAD,
        'ordos,2024,1,a,higher,,10,9,90,120,40,d,r', // employment 120%
        'ordos,2024,2,b,higher,,-5,9,90,50,40,d,r', // negative plan
        'nowhere,2024,3,c,higher,,10,9,90,50,40,d,r', // unknown school
        'ordos,2024,4,d,college,,10,9,90,50,40,d,r', // unknown level
        'ordos,2024,5,e,higher,,,,,,,d,r', // figures missing: kept (the engine says "cannot tell")
      ]),
      h.csvFile('conditions.csv', ['entity_id,year,level,item,met,source_doc,source_ref', 'ordos,2024,secondary,land,maybe,d,r']),
    ])
    const codes = load.preview.files.flatMap((f) => f.messages.filter((m) => m.severity === 'error').map((m) => `${m.params.column}:${m.code}:${m.params.row}`))
    expect(codes).toEqual([
      // Rows by their line in the file (the header is line 1).
      'employment_rate:percent_out_of_range:2', 'planned_enrolment:negative_value:3', 'entity_id:unknown_entity:4', 'level:invalid_code:5', 'met:invalid_code:2',
    ])
    expect(load.preview.files[0].newRows).toBe(1)
    await dropLoad(load.ctx)
  })
})

describe('the key-chain share computed from majors', () => {
  it('per school, city and region, beside the printed figure; undo takes it away', async () => {
    const load = await prepare(SAMPLE_FILES)
    await applyPrepared(load)
    await dropLoad(load.ctx)
    const rows = await shares()
    const ordos2024 = rows.find((r) => r.entity_id === 'ordos' && r.year === 2024)!
    expect(ordos2024.value).toBeCloseTo((100 * 5) / 7, 10) // 甲 3 of 4, 乙 2 of 3 ("无" is none)
    expect(ordos2024.source_ref).toContain('由 7 个专业布点计算')
    expect(rows.find((r) => r.entity_id === 'nmg' && r.year === 2024)!.value).toBeCloseTo((100 * 9) / 14, 10)
    expect(rows.find((r) => r.entity_id === 'demo_hohhot_college' && r.year === 2024)!.value).toBe(0)
    // The printed 77.7 stays as it was: two figures side by side, never merged.
    expect(await h.queryRows(`SELECT value FROM observations WHERE entity_id = 'nmg' AND year = 2024 ORDER BY source_doc`)).toEqual([{ value: 77.7 }, { value: (100 * 9) / 14 }])

    await undoLastApply()
    expect(await shares()).toEqual([])
  })
})
