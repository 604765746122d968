import { describe, expect, it } from 'vitest'
import { detectTable, nameHint, normaliseColumn } from '../../../src/db/import/detect'

const OBS = ['indicator_id', 'entity_id', 'year', 'value', 'period_end', 'source_doc', 'source_ref', 'quote']

describe('detectTable', () => {
  it('tells each contract table by its columns', () => {
    expect(detectTable(OBS, 'export.parquet').table).toBe('observations')
    expect(detectTable(['indicator_id', 'name_zh', 'name_en', 'unit', 'direction'], 'a.csv').table).toBe('indicators')
    expect(detectTable(['entity_id', 'name_zh', 'kind', 'parent_id'], 'a.csv').table).toBe('entities')
    expect(
      detectTable(['target_id', 'indicator_id', 'entity_id', 'target_year', 'target_value', 'comparator', 'source_doc', 'source_ref'], 'a.csv').table,
    ).toBe('targets')
  })

  it('reads a file lacking a required column as its table and names what is missing', () => {
    const d = detectTable(OBS.filter((c) => c !== 'value'), 'observations_missing_value_column.parquet')
    expect(d.table).toBe('observations')
    expect(d.missing).toEqual(['value'])
  })

  it('matches column names ignoring case, spaces and a BOM', () => {
    const d = detectTable(['\uFEFFIndicator_ID', ' Entity_Id ', 'YEAR', 'Value', 'Source Doc', 'source_ref'], 'x.csv')
    expect(d.table).toBe('observations')
    expect(d.missing).toEqual([])
    expect(d.mapping.indicator_id).toBe('\uFEFFIndicator_ID')
    expect(d.mapping.source_doc).toBe('Source Doc')
  })

  it('lists columns the contract does not know as extra', () => {
    expect(detectTable([...OBS, 'remark'], 'x.csv').extra).toEqual(['remark'])
  })

  it('uses the file name to break a tie', () => {
    // indicator_id + entity_id + source columns: half of targets' and of observations' required columns
    const cols = ['indicator_id', 'entity_id', 'source_doc', 'source_ref']
    expect(detectTable(cols, 'targets_2025.csv').table).toBe('targets')
    expect(detectTable(cols, '实际值.csv').table).toBe('observations')
  })

  it('gives up on columns that fit no table', () => {
    expect(detectTable(['地区', '数值'], 'data.csv')).toMatchObject({ table: null, extra: ['地区', '数值'] })
  })
})

describe('helpers', () => {
  it('normaliseColumn', () => {
    expect(normaliseColumn('\uFEFF Target Value ')).toBe('target_value')
  })
  it('nameHint', () => {
    expect(nameHint('ordos_observations_2024.csv')).toBe('observations')
    expect(nameHint('指标.parquet')).toBe('indicators')
    expect(nameHint('data.csv')).toBeNull()
  })
})
