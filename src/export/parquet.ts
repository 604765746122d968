// The tracker table as Parquet, written in the browser by hyparquet-writer (no network,
// no DuckDB round trip). Typed columns: numbers stay numbers, empty cells are nulls.
import { parquetWriteBuffer } from 'hyparquet-writer'
import type { ExportTable, ColumnType } from './trackerTable'

const PARQUET_TYPE: Record<ColumnType, 'STRING' | 'DOUBLE' | 'INT32'> = { string: 'STRING', double: 'DOUBLE', int: 'INT32' }

function columnValues(table: ExportTable, i: number, type: ColumnType): (string | number | null)[] {
  return table.rows.map((r) => {
    const v = r[i]
    if (v === null || v === undefined || v === '') return type === 'string' && v === '' ? '' : null
    if (type === 'string') return String(v)
    const n = typeof v === 'number' ? v : Number(v)
    return Number.isFinite(n) ? (type === 'int' ? Math.trunc(n) : n) : null
  })
}

export function tableToParquet(table: ExportTable, metadata: Record<string, string> = {}): ArrayBuffer {
  return parquetWriteBuffer({
    columnData: table.columns.map((c, i) => ({ name: c.key, type: PARQUET_TYPE[c.type], data: columnValues(table, i, c.type), nullable: true })),
    kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    createdBy: 'nmg-vet-target-monitor',
  })
}
