// Template downloads for the contract v1.1 tables: the header row a bureau fills in, and the
// columns with their meanings. Built from the contract itself so they cannot drift from it.
import { CONTRACT } from '../../db/contract'
import { toCsv } from '../../export/csv'
import type { OptionalTableName } from '../../types/contract'

export const templateCsv = (table: OptionalTableName) => toCsv(CONTRACT[table].map((c) => c.name), [])

export function columnsCsv(text: { header: string[]; meaning: (column: string) => string; yes: string; no: string }): string {
  const rows = (['majors', 'school_conditions'] as const).flatMap((table) =>
    CONTRACT[table].map((c) => [table, c.name, c.required ? text.yes : text.no, c.type, text.meaning(c.name)]),
  )
  return toCsv(text.header, rows)
}
