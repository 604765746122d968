import { describe, expect, it } from 'vitest'
import { detectWriter, hivePartition, isHiddenName, isPartitioned, partitionedTableProblems } from '../../../src/db/partitioned/manifest'
import { fileStats } from '../../../src/db/partitioned/footer'

describe('hivePartition', () => {
  it('reads key=value directories in order, decoding escapes and Hive nulls', () => {
    expect(hivePartition('year=2024/province=15/part-0.parquet')).toEqual({ year: '2024', province: '15' })
    expect(hivePartition('region=Inner%20Mongolia/province=__HIVE_DEFAULT_PARTITION__/x.parquet')).toEqual({ region: 'Inner Mongolia', province: null })
    expect(hivePartition('part-0.parquet')).toEqual({})
  })
})

describe('writer naming', () => {
  it('treats _SUCCESS, _committed_ and .crc files as not data', () => {
    expect(['_SUCCESS', '_committed_123', '.part-00000-x.crc', '_metadata'].every(isHiddenName)).toBe(true)
    expect(isHiddenName('part-00000-0b7e.c000.snappy.parquet')).toBe(false)
  })
  it('recognises Spark, DuckDB, pyarrow and Trino file names', () => {
    expect(detectWriter(['year=2024/_SUCCESS', 'year=2024/part-00000-1f0d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b.c000.snappy.parquet'])).toBe('spark')
    expect(detectWriter(['part-00003-1f0d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b.c000.zstd.parquet'])).toBe('spark')
    expect(detectWriter(['year=2024/province=15/data_0.parquet', 'year=2024/province=11/data_0.parquet'])).toBe('duckdb')
    expect(detectWriter(['year=2024/part-0.parquet', 'year=2023/part-1.parquet'])).toBe('pyarrow')
    expect(detectWriter(['20240102_030405_00012_abcde_1f0d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b'])).toBe('trino')
    expect(detectWriter(['observations.parquet'])).toBe('unknown')
  })
})

describe('partitionedTableProblems', () => {
  const ok = { layout: 'hive' as const, root: 'observations/', partition_keys: ['year'], files: [{ path: 'year=2024/a.parquet', bytes: 100, rows: 1, partition: { year: '2024' } }] }
  it('accepts a well-formed entry', () => {
    expect(isPartitioned(ok)).toBe(true)
    expect(partitionedTableProblems('observations', ok)).toEqual([])
  })
  it('names the file that escapes its root or lacks a size', () => {
    const bad = { ...ok, files: [{ ...ok.files[0], path: '../secret.parquet' }, { ...ok.files[0], bytes: 0 }] }
    expect(partitionedTableProblems('observations', bad)).toEqual([
      { code: 'file_path_invalid', where: 'observations.files[0]' },
      { code: 'file_bytes_invalid', where: 'observations.files[1] year=2024/a.parquet' },
    ])
  })
  it('rejects an entry without files', () => {
    expect(partitionedTableProblems('observations', { ...ok, files: [] }).map((p) => p.code)).toEqual(['files_missing'])
  })
})

describe('fileStats', () => {
  it('combines row groups into one min/max and drops a column one group lacks statistics for', () => {
    const groups = [
      { rows: 5, stats: { entity_id: { min: 'S2', max: 'S5' }, year: { min: 2024, max: 2024 } } },
      { rows: 5, stats: { entity_id: { min: 'S1', max: 'S3' } } },
      { rows: 0, stats: {} },
    ]
    expect(fileStats(groups, ['entity_id', 'year', 'indicator_id'])).toEqual({ entity_id: { min: 'S1', max: 'S5' } })
  })
})
