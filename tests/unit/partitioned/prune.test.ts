import { describe, expect, it } from 'vitest'
import { compare, fileMayMatch, pruneFiles, pruneRowGroups, rangeMayMatch } from '../../../src/db/partitioned/prune'
import type { PartitionedFile } from '../../../src/db/partitioned/manifest'

const file = (year: string, province: string | null, entity: [string, string], indicator: [string, string] = ['a', 'z']): PartitionedFile => ({
  path: `year=${year}/province=${province}/data_0.parquet`,
  bytes: 1000,
  rows: 10,
  partition: { year, province },
  stats: { entity_id: { min: entity[0], max: entity[1] }, indicator_id: { min: indicator[0], max: indicator[1] } },
})

describe('compare', () => {
  it('compares hive text partition values with numbers numerically', () => {
    expect(compare('2024', 2023)).toBeGreaterThan(0)
    expect(compare('9', 10)).toBeLessThan(0) // as text '9' > '10'; as numbers it is smaller
    expect(compare(BigInt(5), 5)).toBe(0)
  })
  it('compares ids as text in code-point order', () => {
    expect(compare('P15', 'S150001')).toBeLessThan(0)
    expect(compare('S15', 'S150001')).toBeLessThan(0)
  })
})

describe('rangeMayMatch', () => {
  const r = { min: 'S150001', max: 'S158065' }
  it('keeps a range holding a wanted value and drops one that holds none', () => {
    expect(rangeMayMatch(r, { column: 'entity_id', values: ['P11', 'S150100'] })).toBe(true)
    expect(rangeMayMatch(r, { column: 'entity_id', values: ['P15', 'S160001'] })).toBe(false)
  })
  it('applies inclusive bounds', () => {
    expect(rangeMayMatch({ min: 2020, max: 2020 }, { column: 'year', min: 2020, max: 2024 })).toBe(true)
    expect(rangeMayMatch({ min: 2019, max: 2019 }, { column: 'year', min: 2020 })).toBe(false)
    expect(rangeMayMatch({ min: 2025, max: 2026 }, { column: 'year', max: 2024 })).toBe(false)
  })
})

describe('pruneFiles', () => {
  const files = [
    file('2023', '15', ['P15', 'P15']),
    file('2023', '15', ['S150001', 'S150300']),
    file('2024', '15', ['P15', 'P15']),
    file('2024', '11', ['P11', 'P11']),
    file('2024', '11', ['S110001', 'S110300']),
    file('2024', null, ['X', 'X']),
  ]
  it('prunes on partition keys without looking at statistics', () => {
    expect(pruneFiles(files, [{ column: 'year', min: 2024 }, { column: 'province', values: ['15'] }]).map((f) => f.path)).toEqual([
      'year=2024/province=15/data_0.parquet',
    ])
  })
  it('prunes on per-file entity statistics: the targets of two provinces open two of six files', () => {
    const kept = pruneFiles(files, [{ column: 'entity_id', values: ['P11', 'P15'] }, { column: 'year', values: [2024] }])
    expect(kept.map((f) => f.partition.province)).toEqual(['15', '11'])
    expect(kept.every((f) => f.stats!.entity_id.min === f.stats!.entity_id.max)).toBe(true)
  })
  it('never matches a null partition against a wanted value', () => {
    expect(fileMayMatch(files[5], [{ column: 'province', values: ['15'] }])).toBe(false)
  })
  it('keeps a file whose statistics do not cover the column (no statistics: read it)', () => {
    const bare = { ...files[0], stats: undefined }
    expect(fileMayMatch(bare, [{ column: 'indicator_id', values: ['q'] }])).toBe(true)
  })
  it('keeps everything for the empty slice', () => {
    expect(pruneFiles(files, [])).toHaveLength(files.length)
  })
})

describe('pruneRowGroups', () => {
  const groups = [
    { rows: 100, stats: { entity_id: { min: 'S150001', max: 'S150100' }, year: { min: 2024, max: 2024 } } },
    { rows: 100, stats: { entity_id: { min: 'S150101', max: 'S150200' }, year: { min: 2024, max: 2024 } } },
    { rows: 0, stats: {} },
    { rows: 100, stats: { year: { min: 2024, max: 2024 } } },
  ]
  it('keeps only the groups whose statistics can hold the wanted entity, plus groups without statistics', () => {
    expect(pruneRowGroups(groups, [{ column: 'entity_id', values: ['S150150'] }])).toEqual([1, 3])
  })
  it('skips empty row groups', () => {
    expect(pruneRowGroups(groups, [])).toEqual([0, 1, 3])
  })
})
