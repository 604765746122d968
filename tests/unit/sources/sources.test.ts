// The data view's SQL, run for real against DuckDB (the Node build of the same engine) on a
// small hand-made dataset, including hostile text and wildcard characters in the data.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'

let conn: DuckDBConnection
const seen: { sql: string; params: unknown[] }[] = []

vi.mock('../../../src/db/ingest', () => ({ fetchBytes: vi.fn() }))
vi.mock('../../../src/db/query', () => ({
  queryRows: async (sql: string, params: unknown[] = []) => {
    seen.push({ sql, params })
    const reader = params.length ? await conn.runAndReadAll(sql, params as never) : await conn.runAndReadAll(sql)
    return reader.getRowObjectsJS().map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
    )
  },
}))

const { loadTab, liveConflicts, searchObservations, searchTargets } = await import('../../../src/queries/sources')
const { adoptBundledTitles } = await import('./bundledTitles')

const ORDOS = '003_44a6be25437ffb50.txt'
const HOSTILE = '<img src=x onerror=alert(1)>'

beforeAll(async () => {
  adoptBundledTitles() // titles come from the loaded manifest, as in the app
  conn = await (await DuckDBInstance.create(':memory:')).connect()
  await conn.run(`
    CREATE TABLE indicators AS SELECT * FROM (VALUES
      ('dual_share_secondary', '中职双师型教师比例', 'Dual-qualified share (secondary)', 'percent', 'higher_better', 'teachers', 'secondary', NULL::VARCHAR, NULL),
      ('enrolment_secondary', '中职在校生数', 'Secondary enrolment', 'persons', 'higher_better', 'scale', 'secondary', NULL, NULL),
      ('vocational_share', '职普比', 'Vocational share', 'percent', 'higher_better', 'structure', 'all', NULL, 'split')
    ) t(indicator_id, name_zh, name_en, unit, direction, category, education_level, formula, display);
    CREATE TABLE entities AS SELECT * FROM (VALUES
      ('nmg', '内蒙古自治区', 'Inner Mongolia', 'region', NULL, NULL),
      ('ordos', '鄂尔多斯市', 'Ordos', 'city', 'nmg', NULL),
      ('bayannur', '巴彦淖尔市', 'Bayannur', 'city', 'nmg', NULL),
      ('linhe_no1', '临河区第一职业中等专业学校', 'Linhe No. 1', 'school', 'bayannur', '市一职|巴市一职')
    ) t(entity_id, name_zh, name_en, kind, parent_id, aliases);
    CREATE TABLE targets AS SELECT target_id, indicator_id, entity_id, baseline_year::SMALLINT AS baseline_year, baseline_value::DOUBLE AS baseline_value,
        target_year::SMALLINT AS target_year, target_value::DOUBLE AS target_value, comparator, binding, source_doc, source_ref, quote FROM (VALUES
      ('t_dual', 'dual_share_secondary', 'ordos', 2021, 58, 2025, 60, '>=', 'expected', '${ORDOS}', '表1', '双师型教师占专业教师比例 中职 58% 中职 60% 预期性'),
      ('t_share', 'vocational_share', 'ordos', 2021, 35, 2025, 40, '>=', 'binding', '${ORDOS}', '表1', '职普比例 35 ：65 40 ：60 控制性'),
      ('t_user', 'enrolment_secondary', 'bayannur', NULL, NULL, 2025, 10000, '~', NULL, 'user.csv', 'row 2', '${HOSTILE} 100%_done')
    ) t(target_id, indicator_id, entity_id, baseline_year, baseline_value, target_year, target_value, comparator, binding, source_doc, source_ref, quote);
    CREATE TABLE observations AS SELECT indicator_id, entity_id, year::SMALLINT AS year, value::DOUBLE AS value, period_end::DATE AS period_end,
        source_doc, source_ref, quote FROM (VALUES
      ('enrolment_secondary', 'bayannur', 2023, 10130, NULL, '001_9bfbc6521a716587.txt', '表1-5', '总计 在校生 2023 年 10130'),
      ('enrolment_secondary', 'bayannur', 2023, 10112, NULL, '001_9bfbc6521a716587.txt', '表6', '全日制在校生人数 2023年 10112人'),
      ('enrolment_secondary', 'bayannur', 2024, 9060, '2024-12-31', '001_9bfbc6521a716587.txt', '表1-5', '总计 在校生 2024 年 9060'),
      ('enrolment_secondary', 'linhe_no1', 2023, 3000, NULL, '001_9bfbc6521a716587.txt', '表1-5', '市一职 在校生 3000'),
      ('enrolment_secondary', 'linhe_no1', 2024, 3100, NULL, '001_9bfbc6521a716587.txt', '表1-5', '市一职 在校生 3100')
    ) t(indicator_id, entity_id, year, value, period_end, source_doc, source_ref, quote);
  `)
})

const req = (terms: string[], offset = 0, limit = 50) => ({ terms, offset, limit })

describe('searchTargets', () => {
  it('finds a target by a word of its quote or its indicator name, with names and unit joined', async () => {
    const page = await searchTargets(req(['双师']))
    expect(page.total).toBe(1)
    expect(page.rows[0]).toMatchObject({
      target_id: 't_dual', baseline_value: 58, target_value: 60, source_ref: '表1',
      entity_zh: '鄂尔多斯市', entity_en: 'Ordos', indicator_zh: '中职双师型教师比例', unit: 'percent',
    })
  })

  it('matches English names, ids and document titles; all terms must match', async () => {
    expect((await searchTargets(req(['ordos', 'dual-qualified']))).rows.map((r) => r.target_id)).toEqual(['t_dual'])
    expect((await searchTargets(req(['鄂尔多斯市职业教育改革']))).total).toBe(2)
    expect((await searchTargets(req(['Ordos plan']))).total).toBe(2)
    expect((await searchTargets(req(['ordos', 'enrolment']))).total).toBe(0)
  })

  it('treats % and _ literally and hostile text as data', async () => {
    expect((await searchTargets(req(['%']))).rows.map((r) => r.target_id)).toEqual(['t_dual', 't_user'])
    expect((await searchTargets(req(['%_']))).rows.map((r) => r.target_id)).toEqual(['t_user'])
    expect((await searchTargets(req(['0%_d']))).rows.map((r) => r.target_id)).toEqual(['t_user'])
    expect((await searchTargets(req(['t_d']))).rows.map((r) => r.target_id)).toEqual(['t_dual'])
    expect((await searchTargets(req([HOSTILE]))).rows.map((r) => r.target_id)).toEqual(['t_user'])
    expect((await searchTargets(req(["' OR 1=1 --"]))).total).toBe(0)
    for (const q of seen) expect(q.sql).not.toContain(HOSTILE)
  })

  it('pages with LIMIT/OFFSET parameters and counts the whole match', async () => {
    const p = await searchTargets(req([], 1, 1))
    expect(p).toMatchObject({ total: 3, offset: 1, limit: 1 })
    expect(p.rows).toHaveLength(1)
  })
})

describe('searchObservations', () => {
  it('finds a school by its alias and formats period_end as a date', async () => {
    const p = await searchObservations(req(['市一职']))
    expect(p.rows.map((r) => [r.entity_id, r.year])).toEqual([['linhe_no1', 2023], ['linhe_no1', 2024]])
    const end = await searchObservations(req(['9060']))
    expect(end.rows[0].period_end).toBe('2024-12-31')
  })
})

describe('liveConflicts', () => {
  it('groups same indicator/entity/year with different values', async () => {
    const p = await liveConflicts(req([]))
    expect(p.total).toBe(1)
    expect(p.rows[0]).toMatchObject({ year: 2023, entity: { entity_id: 'bayannur', name_en: 'Bayannur' }, indicator: { unit: 'persons' } })
    expect(p.rows[0].values.map((v) => [v.value, v.source_ref])).toEqual([[10112, '表6'], [10130, '表1-5']])
    expect((await liveConflicts(req(['鄂尔多斯']))).total).toBe(0)
    expect((await liveConflicts(req(['表6']))).total).toBe(1)
  })
})

describe('loadTab', () => {
  it('turns the 1-based page into an offset of 50-row pages', async () => {
    const r = await loadTab({ tab: 'targets', q: '', page: 2, checksUrl: null })
    expect(r.tab === 'targets' && r.page).toMatchObject({ offset: 50, limit: 50, total: 3, rows: [] })
  })

  it('lists documents with their counts, searchable by title', async () => {
    const r = await loadTab({ tab: 'sources', q: 'ordos', page: 1, checksUrl: null })
    expect(r.tab === 'sources' && r.rows).toEqual([{ source_doc: ORDOS, targets: 2, observations: 0, refs: 1, first_year: 2025, last_year: 2025 }])
  })

  it('computes conflicts live when no check report is given (user data)', async () => {
    const r = await loadTab({ tab: 'checks', q: '', page: 1, checksUrl: null })
    expect(r).toMatchObject({ tab: 'checks', mode: 'live' })
  })

  it('lists entities with parents, aliases and counts', async () => {
    const r = await loadTab({ tab: 'entities', q: '巴市一职', page: 1, checksUrl: null })
    expect(r.tab === 'entities' && r.page.rows).toEqual([
      { entity_id: 'linhe_no1', name_zh: '临河区第一职业中等专业学校', name_en: 'Linhe No. 1', kind: 'school', parent_id: 'bayannur',
        aliases: '市一职|巴市一职', parent_zh: '巴彦淖尔市', parent_en: 'Bayannur', targets: 0, observations: 2 },
    ])
  })

  it('lists indicators with their usage', async () => {
    const r = await loadTab({ tab: 'indicators', q: 'split', page: 1, checksUrl: null })
    expect(r.tab === 'indicators' && r.page.total).toBe(0)
    const s = await loadTab({ tab: 'indicators', q: 'enrolment', page: 1, checksUrl: null })
    expect(s.tab === 'indicators' && s.page.rows.map((x) => [x.indicator_id, x.targets, x.observations])).toEqual([['enrolment_secondary', 1, 5]])
  })
})
