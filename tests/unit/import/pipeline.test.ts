// The SQL import pipeline (checks, staging, diff, apply, rollback, undo, replace) run for real
// against DuckDB's Node build: what a user would see in the preview and in the live tables.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as h from './duckdbHarness'
import { statusChanges } from '../../../src/tracking/statusChanges'

let failOn: RegExp | null = null
vi.mock('../../../src/db/query', () => ({
  quoteIdent: (name: string) => `"${name.replaceAll('"', '""')}"`,
  queryRows: h.queryRows,
  // A statement matching `failOn` fails half-way (after its first statements ran), as a crash would.
  execute: (sql: string, params?: unknown[]) =>
    h.execute(failOn?.test(sql) ? sql.replace(/COMMIT$/, `SELECT error('injected failure');\nCOMMIT`) : sql, params),
}))
vi.mock('../../../src/db/client', () => ({ registerFileBuffer: h.registerFileBuffer, dropFile: h.dropFile, getConnection: vi.fn() }))
vi.mock('../../../src/db/decodeClient', () => ({ decodeParquetInWorker: vi.fn() }))
vi.mock('../../../src/db/ingest', async (original) => ({ ...(await original<object>()), insertParquet: h.insertParquet }))

const { prepareLoad, applyPrepared, dropLoad } = await import('../../../src/db/import/pipeline')
const { undoLastApply } = await import('../../../src/db/import/apply')

const AS_OF = new Date('2026-06-30')
const OBS_HEAD = 'indicator_id,entity_id,year,value,source_doc,source_ref,quote'
const TARGET_HEAD = 'target_id,indicator_id,entity_id,baseline_year,baseline_value,target_year,target_value,comparator,binding,source_doc,source_ref,quote'

async function seed() {
  await h.createLiveTables()
  await h.insertRows('indicators', `('dual', '双师型比例', 'Dual share', 'percent', 'higher_better', NULL, NULL, NULL, NULL),
                                                 ('enrol', '在校生', 'Enrolment', 'persons', 'higher_better', NULL, NULL, NULL, NULL)`)
  await h.insertRows('entities', `('nmg', '内蒙古', 'Inner Mongolia', 'region', NULL), ('ordos', '鄂尔多斯', 'Ordos', 'city', 'nmg')`)
  await h.insertRows('targets', `('t1', 'dual', 'ordos', 2021, 50, 2025, 60, '>=', 'expected', 'd003', '表1', NULL)`)
  await h.insertRows('observations', `('dual', 'ordos', 2022, 52, NULL, 'd003', '表1', NULL), ('dual', 'ordos', 2023, 55, NULL, 'd003', '表1', NULL)`)
}

const count = async (t: string) => (await h.queryRows<{ n: number }>(`SELECT count(*) AS n FROM "${t}"`))[0].n
const prepare = (files: ReturnType<typeof h.csvFile>[], mode: 'merge' | 'replace' = 'merge') => prepareLoad(files, { asOf: AS_OF, label: 'test', mode, judge: statusChanges })

beforeEach(async () => {
  failOn = null
  await seed()
})

describe('checks and diff', () => {
  it('counts new, changed and unchanged rows and names each rejected row by its line in the file', async () => {
    const load = await prepare([h.csvFile('observations.csv', [
      OBS_HEAD,
      'dual,ordos,2022,52,d003,表1,', // unchanged
      'dual,ordos,2023,57,d003,表1,', // changed 55 → 57
      'dual,ordos,2024,58,d003,表1,', // new
      'nope,ordos,2024,1,d003,表1,', // unknown indicator
      'dual,ordos,2024,140,d003,表2,', // percent out of range
    ])])
    const f = load.preview.files[0]
    expect([f.newRows, f.changedRows, f.unchangedRows, f.rejectedRows]).toEqual([1, 1, 1, 2])
    expect(f.changes).toEqual([{ key: 'dual · ordos · 2023 · d003 · 表1', column: 'value', before: '55.0', after: '57.0' }])
    // Lines as a text editor (and Excel) numbers them: the header is line 1.
    expect(f.messages.map((m) => [m.code, m.params.row])).toEqual([['unknown_indicator', 5], ['percent_out_of_range', 6]])
    await dropLoad(load.ctx)
  })

  it('rejects a ≥ comparator with a message that says to write >=', async () => {
    const load = await prepare([h.csvFile('targets.csv', [TARGET_HEAD, 't2,dual,nmg,2021,50,2025,70,≥,binding,d004,（四）,'])])
    const m = load.preview.files[0].messages
    expect(m).toHaveLength(1)
    expect(m[0]).toMatchObject({ code: 'comparator_symbol', params: { row: 2, column: 'comparator', value: '≥', other: '>=' } })
    expect(load.preview.goodRows).toBe(0)
    await dropLoad(load.ctx)
  })

  it('a row after a quoted line break is named by the line it starts on', async () => {
    const load = await prepare([h.csvFile('observations.csv', [OBS_HEAD, 'dual,ordos,2024,58,d003,表1,"第一行\n第二行"', 'nope,ordos,2024,1,d003,表1,'])])
    expect(load.preview.files[0].messages.map((m) => [m.code, m.params.row])).toEqual([['unknown_indicator', 4]])
    await dropLoad(load.ctx)
  })

  it('reads a CSV whose quoted cell ends in a line break (DuckDB parallel scanner)', async () => {
    const load = await prepare([h.csvFile('observations.csv', [OBS_HEAD, 'dual,ordos,2024,58,d003,表1,"第一行\n"', 'dual,ordos,2021,50,d003,表1,"ok"'])])
    expect(load.preview.files[0].fatal).toBe(false)
    expect(load.preview.files[0].newRows).toBe(2)
    await applyPrepared(load)
    await dropLoad(load.ctx)
    const [row] = await h.queryRows<{ quote: string }>(`SELECT quote FROM observations WHERE year = 2024`)
    expect(row.quote).toBe('第一行\n')
  })
})

describe('apply, rollback, undo', () => {
  it('applies the good rows only, and undo puts the live tables back', async () => {
    const load = await prepare([h.csvFile('observations.csv', [OBS_HEAD, 'dual,ordos,2024,58,d003,表1,', 'dual,ordos,2024,x,d003,表2,'])])
    await applyPrepared(load)
    await dropLoad(load.ctx)
    expect(await count('observations')).toBe(3)
    expect(await undoLastApply()).toEqual(['observations'])
    expect(await count('observations')).toBe(2)
  })

  it('a failure half-way through apply leaves the live tables exactly as they were', async () => {
    const load = await prepare([h.csvFile('observations.csv', [OBS_HEAD, 'dual,ordos,2024,58,d003,表1,'])])
    failOn = /BEGIN TRANSACTION/
    await expect(applyPrepared(load)).rejects.toThrow(/injected failure/)
    failOn = null
    await dropLoad(load.ctx)
    expect(await count('observations')).toBe(2)
    const left = await h.queryRows(`SELECT table_name FROM duckdb_tables() WHERE starts_with(table_name, ?)`, [`imp${load.ctx.id}_`])
    expect(left).toEqual([])
    expect(await h.queryRows(`SELECT table_name FROM duckdb_tables() WHERE table_name = 'observations'`)).toHaveLength(1)
  })
})

describe('a whole dataset (replace)', () => {
  const indicators = h.csvFile('indicators.csv', ['indicator_id,name_zh,name_en,unit,direction', 'enrol,在校生,Enrolment,persons,higher_better'])
  const entities = h.csvFile('entities.csv', ['entity_id,name_zh,kind', 'nmg,内蒙古,region'])

  it('is checked against itself only: a target naming an indicator it lacks is rejected', async () => {
    const load = await prepare([
      indicators, entities,
      h.csvFile('targets.csv', [TARGET_HEAD, 't9,dual,nmg,2021,50,2025,70,>=,binding,d004,x,', 't8,enrol,nmg,2021,5,2025,7,>=,binding,d004,x,']),
      h.csvFile('observations.csv', [OBS_HEAD, 'enrol,nmg,2024,6,d004,x,']),
    ], 'replace')
    const targets = load.preview.files[2]
    expect(targets.messages.map((m) => [m.code, m.params.value])).toEqual([['unknown_indicator', 'dual']])
    expect(targets.newRows).toBe(1)
    await applyPrepared(load)
    await dropLoad(load.ctx)
    // Every table was replaced: the seeded 'dual' rows are gone, only the dataset's rows remain.
    expect(await h.queryRows(`SELECT indicator_id FROM indicators`)).toEqual([{ indicator_id: 'enrol' }])
    expect(await h.queryRows(`SELECT target_id FROM targets`)).toEqual([{ target_id: 't8' }])
    expect(await count('observations')).toBe(1)
    expect(await undoLastApply()).toHaveLength(4)
    expect(await count('indicators')).toBe(2)
  })
})
