// Small in-memory curated folders: loading and merging (loadCuratedFromTexts), then checking (checkDataset).
import { describe, expect, it } from 'vitest'
import { checkDataset } from '../../../data/lib/check'
import { folderOrder, loadCuratedFromTexts, type CuratedSource } from '../../../data/lib/load'
import type { CuratedDataset } from '../../../data/lib/types'

/** TSV text from a header and rows (null → empty cell). */
function tsv(header: string[], ...rows: (string | number | null)[][]): string {
  return [header, ...rows].map((r) => r.map((c) => (c === null ? '' : String(c))).join('\t')).join('\n') + '\n'
}

const DOC = '003_44a6be25437ffb50.txt'

const IND_HEADER = ['indicator_id', 'name_zh', 'name_en', 'unit', 'direction', 'category', 'education_level', 'formula', 'display']
const ENT_HEADER = ['entity_id', 'name_zh', 'name_en', 'kind', 'parent_id', 'aliases']
const OBS_HEADER = ['indicator_id', 'entity_id', 'year', 'value', 'period_end', 'source_doc', 'source_ref', 'quote', 'note']
const TGT_HEADER = [
  'target_id', 'indicator_id', 'entity_id', 'baseline_year', 'baseline_value', 'target_year', 'target_value',
  'comparator', 'binding', 'source_doc', 'source_ref', 'quote', 'note',
]
const SUM_HEADER = ['check_id', 'kind', 'role', 'indicator_id', 'entity_id', 'year', 'source_doc', 'source_ref']

const commonFolder: CuratedSource = {
  folder: 'common',
  files: {
    indicators: tsv(
      IND_HEADER,
      ['enrolment', '在校生数', 'Enrolment', 'persons', 'higher_better', 'scale', 'all', null, null],
      ['teachers', '教师数', 'Teachers', 'persons', 'higher_better', 'teachers', 'all', null, null],
      ['dual_teachers', '双师型教师数', 'Dual-qualified teachers', 'persons', 'higher_better', 'teachers', 'all', null, null],
      ['dual_share', '双师型比例', 'Dual-qualified share', 'percent', 'higher_better', 'teachers', 'all', '100 * dual_teachers / teachers', null],
    ),
    entities: tsv(
      ENT_HEADER,
      ['nmg', '内蒙古自治区', 'Inner Mongolia', 'region', null, null],
      ['ordos', '鄂尔多斯市', 'Ordos', 'city', 'nmg', null],
      ['ordos_a', '甲校', 'School A', 'school', 'ordos', '甲'],
      ['ordos_b', '乙校', 'School B', 'school', 'ordos', null],
    ),
  },
}

function load(...sources: CuratedSource[]): CuratedDataset {
  return loadCuratedFromTexts([commonFolder, ...sources])
}

describe('loadCuratedFromTexts', () => {
  it('reads the common folder with types coerced and optional columns as null', () => {
    const ds = load()
    expect(ds.errors).toEqual([])
    expect(ds.indicators.map((i) => i.indicator_id)).toEqual(['enrolment', 'teachers', 'dual_teachers', 'dual_share'])
    expect(ds.entities.find((e) => e.entity_id === 'ordos_a')).toMatchObject({ aliases: '甲', parent_id: 'ordos', note: null })
    expect(ds.indicators[0]?.origin).toEqual({ file: 'common/indicators.tsv', line: 2 })
  })

  it('accepts an indicator defined identically in two folders (note may differ) and keeps one', () => {
    const ds = load({
      folder: 'd001',
      files: { indicators: tsv([...IND_HEADER, 'note'], ['enrolment', '在校生数', 'Enrolment', 'persons', 'higher_better', 'scale', 'all', null, null, 'again']) },
    })
    expect(ds.errors).toEqual([])
    expect(ds.indicators.filter((i) => i.indicator_id === 'enrolment')).toHaveLength(1)
  })

  it('rejects an indicator defined differently in two folders, naming both places and the column', () => {
    const ds = load({
      folder: 'd001',
      files: { indicators: tsv(IND_HEADER, ['enrolment', '在校生数', 'Enrolment', 'count', 'higher_better', 'scale', 'all', null, null]) },
    })
    expect(ds.errors).toHaveLength(1)
    expect(ds.errors[0]?.code).toBe('conflicting_indicator')
    expect(ds.errors[0]?.message).toContain('common/indicators.tsv:2')
    expect(ds.errors[0]?.message).toContain('d001/indicators.tsv:2')
    expect(ds.errors[0]?.message).toContain('unit: "persons" vs "count"')
  })

  it('rejects a non-numeric value naming file:line and column, and drops the row', () => {
    const ds = load({
      folder: 'd003',
      files: { observations: tsv(OBS_HEADER, ['enrolment', 'ordos', 2021, '1.4万', null, DOC, '表1', '1.4万', null], ['enrolment', 'ordos', 2025, 19000, null, DOC, '表1', null, null]) },
    })
    expect(ds.errors).toMatchObject([{ code: 'bad_cell', file: 'd003/observations.tsv', line: 2, column: 'value' }])
    expect(ds.errors[0]?.message).toContain('d003/observations.tsv:2 column value')
    expect(ds.observations.map((o) => o.year)).toEqual([2025])
  })

  it('rejects a fractional year and an impossible date', () => {
    const ds = load({
      folder: 'd003',
      files: { observations: tsv(OBS_HEADER, ['enrolment', 'ordos', 2021.5, 1, null, DOC, '表1', null, null], ['enrolment', 'ordos', 2021, 1, '2021-02-30', DOC, '表1', null, null]) },
    })
    expect(ds.errors.map((e) => e.column)).toEqual(['year', 'period_end'])
  })

  it('skips a file whose header lacks a required column', () => {
    const ds = load({ folder: 'd003', files: { observations: tsv(['indicator_id', 'entity_id', 'year', 'value'], ['enrolment', 'ordos', 2021, 1]) } })
    expect(ds.errors[0]).toMatchObject({ code: 'missing_column', file: 'd003/observations.tsv' })
    expect(ds.errors[0]?.message).toContain('source_doc, source_ref')
    expect(ds.observations).toEqual([])
  })

  it('warns about an unknown column instead of failing', () => {
    const ds = load({ folder: 'd003', files: { observations: tsv([...OBS_HEADER, 'souce'], ['enrolment', 'ordos', 2021, 1, null, DOC, '表1', null, null, 'x']) } })
    expect(ds.errors).toEqual([])
    expect(ds.warnings[0]?.code).toBe('unknown_column')
  })

  it('merges common first, then document folders in name order', () => {
    expect(['d002', 'common', 'd000'].sort(folderOrder)).toEqual(['common', 'd000', 'd002'])
    expect(load({ folder: 'd004', files: {} }, { folder: 'd000', files: {} }).folders).toEqual(['common', 'd000', 'd004'])
    expect(commonFolder.files.targets).toBeUndefined()
  })
})

const obs = (...rows: (string | number | null)[][]): string => tsv(OBS_HEADER, ...rows)

describe('checkDataset', () => {
  it('passes a clean dataset', () => {
    const report = checkDataset(load({ folder: 'd003', files: { observations: obs(['enrolment', 'ordos', 2021, 14000, '2021-12-31', DOC, '表1', '1.4万', null]) } }))
    expect(report.ok).toBe(true)
    expect(report.errors).toEqual([])
    expect(report.counts).toMatchObject({ indicators: 4, entities: 4, targets: 0, observations: 1, conflicts: 0 })
  })

  it('reports a total that does not add up, with the difference, without failing', () => {
    const report = checkDataset(
      load({
        folder: 'd003',
        files: {
          observations: obs(
            ['enrolment', 'ordos', 2021, 17093, null, DOC, '表2', null, null],
            ['enrolment', 'ordos_a', 2021, 10000, null, DOC, '表2', null, null],
            ['enrolment', 'ordos_b', 2021, 7000, null, DOC, '表2', null, null],
          ),
          sums: tsv(
            SUM_HEADER,
            ['t2_2021', 'observation', 'total', 'enrolment', 'ordos', 2021, DOC, '表2'],
            ['t2_2021', 'observation', 'part', 'enrolment', 'ordos_a', 2021, DOC, '表2'],
            ['t2_2021', 'observation', 'part', 'enrolment', 'ordos_b', 2021, DOC, '表2'],
          ),
        },
      }),
    )
    expect(report.ok).toBe(true)
    expect(report.sums).toHaveLength(1)
    expect(report.sums[0]).toMatchObject({ check_id: 't2_2021', parts_sum: 17000, difference: 93, adds_up: false })
    expect(report.counts).toMatchObject({ sums_checked: 1, sums_failed: 1 })
  })

  it('checks target sums against target_value and baseline_value', () => {
    const targets = tsv(
      TGT_HEADER,
      ['t_all', 'enrolment', 'ordos', 2021, 300, 2025, 500, '>=', 'expected', DOC, '表2', null, null],
      ['t_a', 'enrolment', 'ordos_a', 2021, 100, 2025, 200, '>=', 'expected', DOC, '表2', null, null],
      ['t_b', 'enrolment', 'ordos_b', 2021, 200, 2025, 300, '>=', 'expected', DOC, '表2', null, null],
    )
    const sums = tsv(
      SUM_HEADER,
      ...['target', 'target_baseline'].flatMap((kind) => [
        [kind, kind, 'total', 'enrolment', 'ordos', 2025, DOC, '表2'],
        [kind, kind, 'part', 'enrolment', 'ordos_a', 2025, DOC, '表2'],
        [kind, kind, 'part', 'enrolment', 'ordos_b', 2025, DOC, '表2'],
      ]),
    )
    const report = checkDataset(load({ folder: 'd003', files: { targets, sums } }))
    expect(report.errors).toEqual([])
    expect(report.sums.map((s) => [s.check_id, s.total.value, s.parts_sum, s.adds_up])).toEqual([
      ['target', 500, 500, true],
      ['target_baseline', 300, 300, true],
    ])
  })

  it('treats a sums check whose rows cannot be found as our error', () => {
    const report = checkDataset(
      load({
        folder: 'd003',
        files: {
          observations: obs(['enrolment', 'ordos', 2021, 17093, null, DOC, '表2', null, null]),
          sums: tsv(SUM_HEADER, ['c1', 'observation', 'total', 'enrolment', 'ordos', 2021, DOC, '表2'], ['c1', 'observation', 'part', 'enrolment', 'ordos_a', 2021, DOC, '表2']),
        },
      }),
    )
    expect(report.ok).toBe(false)
    expect(report.errors).toMatchObject([{ code: 'sums_row_not_found', file: 'd003/sums.tsv', line: 3 }])
    expect(report.sums).toEqual([])
  })

  it('reports a broken reference as an error naming file and line', () => {
    const report = checkDataset(
      load({
        folder: 'd003',
        files: {
          observations: obs(['enrolment', 'erdos', 2021, 1, null, DOC, '表1', null, null], ['enrolmnt', 'ordos', 2021, 1, null, DOC, '表1', null, null]),
          entities: tsv(ENT_HEADER, ['ordos_c', '丙校', null, 'school', 'ordoss', null]),
        },
      }),
    )
    expect(report.ok).toBe(false)
    expect(report.errors.map((e) => [e.code, e.file, e.line, e.column])).toEqual([
      ['unknown_entity', 'd003/entities.tsv', 2, 'parent_id'],
      ['unknown_entity', 'd003/observations.tsv', 2, 'entity_id'],
      ['unknown_indicator', 'd003/observations.tsv', 3, 'indicator_id'],
    ])
  })

  it('lists a conflict between two sources with both values, without failing', () => {
    const report = checkDataset(
      load({
        folder: 'd001',
        files: {
          observations: obs(
            ['enrolment', 'ordos_a', 2023, 1200, null, DOC, '表3', '1200', null],
            ['enrolment', 'ordos_a', 2023, 1250, null, DOC, '表5', '1250', 'printed differently in 表5'],
            ['enrolment', 'ordos_b', 2023, 800, null, DOC, '表3', null, null],
            ['enrolment', 'ordos_b', 2023, 800, null, '001_9bfbc6521a716587.txt', '表1', null, null],
          ),
        },
      }),
    )
    expect(report.ok).toBe(true)
    expect(report.conflicts).toHaveLength(1)
    expect(report.conflicts[0]).toMatchObject({ indicator_id: 'enrolment', entity_id: 'ordos_a', year: 2023 })
    expect(report.conflicts[0]?.values.map((v) => [v.value, v.source_ref, v.note])).toEqual([
      [1200, '表3', null],
      [1250, '表5', 'printed differently in 表5'],
    ])
  })

  it('rejects a duplicate observation key and a duplicate target id', () => {
    const row = ['enrolment', 'ordos', 2021, 1, null, DOC, '表1', null, null]
    const t = ['t1', 'enrolment', 'ordos', null, null, 2025, 5, '>=', null, DOC, '表1', null, null]
    const report = checkDataset(load({ folder: 'd003', files: { observations: obs(row, row), targets: tsv(TGT_HEADER, t, t) } }))
    expect(report.errors.map((e) => e.code)).toEqual(['duplicate_key', 'duplicate_key'])
  })

  it('rejects missing sources, out-of-range values and unknown vocabulary', () => {
    const report = checkDataset(
      load({
        folder: 'd003',
        files: {
          observations: obs(['dual_share', 'ordos', 2021, 101, null, DOC, null, null, null], ['enrolment', 'ordos', 2021, -5, null, DOC, '表1', null, null]),
          targets: tsv(TGT_HEADER, ['t1', 'dual_share', 'ordos', 2021, 58, 2025, 60, '≥', 'binding-ish', null, '表1', null, null]),
          indicators: tsv(IND_HEADER, ['x_rate', 'x', 'x', 'percents', 'up', null, null, '100 * dual_teachers / teacher', null]),
        },
      }),
    )
    expect(report.errors.map((e) => e.code).sort()).toEqual(
      ['bad_formula', 'missing_value', 'missing_value', 'out_of_range', 'out_of_range', 'unknown_binding', 'unknown_comparator', 'unknown_direction', 'unknown_unit'].sort(),
    )
    expect(report.errors.find((e) => e.code === 'bad_formula')?.message).toContain('unknown indicator "teacher"')
  })

  it('rejects a formula that does not parse', () => {
    const report = checkDataset(load({ folder: 'd003', files: { indicators: tsv(IND_HEADER, ['y_rate', 'y', 'y', 'percent', 'higher_better', null, null, '100 * (dual_teachers / teachers', null]) } }))
    expect(report.errors).toMatchObject([{ code: 'bad_formula', line: 2 }])
  })

  it('compares a printed share with the one computed from its parts', () => {
    const report = checkDataset(
      load({
        folder: 'd003',
        files: {
          observations: obs(
            ['dual_share', 'ordos_a', 2023, 58, null, DOC, '表1', '58%', null],
            ['dual_teachers', 'ordos_a', 2023, 29, null, DOC, '表1', null, null],
            ['teachers', 'ordos_a', 2023, 50, null, DOC, '表1', null, null],
            ['dual_share', 'ordos_b', 2023, 40, null, DOC, '表1', '40%', null],
            ['dual_teachers', 'ordos_b', 2023, 21, null, DOC, '表1', null, null],
            ['teachers', 'ordos_b', 2023, 50, null, DOC, '表1', null, null],
          ),
        },
      }),
    )
    expect(report.ok).toBe(true)
    expect(report.derived.map((d) => [d.printed.entity_id, d.computed, d.difference, d.within_tolerance])).toEqual([
      ['ordos_a', 58, 0, true],
      ['ordos_b', 42, -2, false],
    ])
    expect(report.counts).toMatchObject({ derived_checked: 2, derived_mismatches: 1 })
  })

  it('is deterministic: the same input gives the same JSON', () => {
    const files = { observations: obs(['enrolment', 'ordos', 2021, 2, null, DOC, '表2', null, null], ['enrolment', 'ordos', 2021, 1, null, DOC, '表1', null, null]) }
    expect(JSON.stringify(checkDataset(load({ folder: 'd003', files })))).toBe(JSON.stringify(checkDataset(load({ folder: 'd003', files }))))
  })
})
