// What is loaded: row counts per table.
import { queryRows } from '../db/query'
import type { TableName } from '../types/contract'

export type TableCounts = Record<TableName, number>

export async function tableCounts(signal?: AbortSignal): Promise<TableCounts> {
  const [row] = await queryRows<TableCounts>(
    `SELECT (SELECT count(*) FROM indicators) AS indicators, (SELECT count(*) FROM entities) AS entities,
            (SELECT count(*) FROM targets) AS targets, (SELECT count(*) FROM observations) AS observations`,
    [],
    signal,
  )
  return row
}
