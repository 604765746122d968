// The data contract's columns and DuckDB types (docs/data-contract.md), in one place:
// used to create the live tables and to validate what users load.
import type { TableName } from '../types/contract'
import { quoteIdent } from './sqlLiteral'

export interface ColumnSpec {
  name: string
  type: 'VARCHAR' | 'SMALLINT' | 'DOUBLE' | 'DATE'
  required: boolean
}

const col = (name: string, type: ColumnSpec['type'], required = true): ColumnSpec => ({ name, type, required })

export const CONTRACT: Record<TableName, ColumnSpec[]> = {
  indicators: [
    col('indicator_id', 'VARCHAR'), col('name_zh', 'VARCHAR'), col('name_en', 'VARCHAR'), col('unit', 'VARCHAR'),
    col('direction', 'VARCHAR'), col('category', 'VARCHAR', false), col('education_level', 'VARCHAR', false),
    col('formula', 'VARCHAR', false), col('display', 'VARCHAR', false),
  ],
  entities: [
    col('entity_id', 'VARCHAR'), col('name_zh', 'VARCHAR'), col('name_en', 'VARCHAR', false), col('kind', 'VARCHAR'),
    col('parent_id', 'VARCHAR', false),
  ],
  targets: [
    col('target_id', 'VARCHAR'), col('indicator_id', 'VARCHAR'), col('entity_id', 'VARCHAR'),
    col('baseline_year', 'SMALLINT', false), col('baseline_value', 'DOUBLE', false), col('target_year', 'SMALLINT'),
    col('target_value', 'DOUBLE'), col('comparator', 'VARCHAR'), col('binding', 'VARCHAR', false),
    col('source_doc', 'VARCHAR'), col('source_ref', 'VARCHAR'), col('quote', 'VARCHAR', false),
  ],
  observations: [
    col('indicator_id', 'VARCHAR'), col('entity_id', 'VARCHAR'), col('year', 'SMALLINT'), col('value', 'DOUBLE'),
    col('period_end', 'DATE', false), col('source_doc', 'VARCHAR'), col('source_ref', 'VARCHAR'), col('quote', 'VARCHAR', false),
  ],
  // v1.1, optional (docs/data-contract.md). Figures a bureau may not have are optional: the
  // warnings engine says "cannot tell" rather than reject the row.
  majors: [
    col('entity_id', 'VARCHAR'), col('year', 'SMALLINT'), col('major_code', 'VARCHAR'), col('major_name', 'VARCHAR'),
    col('level', 'VARCHAR'), col('key_chain', 'VARCHAR', false), col('planned_enrolment', 'DOUBLE', false),
    col('actual_enrolment', 'DOUBLE', false), col('report_rate', 'DOUBLE', false), col('employment_rate', 'DOUBLE', false),
    col('matched_employment_rate', 'DOUBLE', false), col('source_doc', 'VARCHAR'), col('source_ref', 'VARCHAR'),
    col('quote', 'VARCHAR', false),
  ],
  school_conditions: [
    col('entity_id', 'VARCHAR'), col('year', 'SMALLINT'), col('level', 'VARCHAR'), col('item', 'VARCHAR'), col('met', 'VARCHAR'),
    col('source_doc', 'VARCHAR'), col('source_ref', 'VARCHAR'), col('quote', 'VARCHAR', false),
  ],
}

/** Key columns: an observation is keyed by source_ref too, because one document can print
 * the same figure differently in two tables and both rows are kept (see README). */
export const KEYS: Record<TableName, string[]> = {
  indicators: ['indicator_id'],
  entities: ['entity_id'],
  targets: ['target_id'],
  observations: ['indicator_id', 'entity_id', 'year', 'source_doc', 'source_ref'],
  majors: ['entity_id', 'major_code', 'year'],
  school_conditions: ['entity_id', 'year', 'item'],
}

/** Columns beyond the contract that the app uses when present. */
// targets: kind / same_goal_as / related / note (src/tracking/targetMeta.ts); observations: the curators' note.
export const EXTRA_COLUMNS: Partial<Record<TableName, string[]>> = {
  entities: ['aliases'],
  targets: ['kind', 'same_goal_as', 'related', 'note'],
  observations: ['note'],
}

/**
 * The SELECT list that casts a raw table's columns into the contract's typed table: each contract
 * column (NULL when absent), then the extra columns as text. Shared by the live tables
 * (db/ingest.ts) and the build-time snapshot (data/snapshot.ts), so both hold the same values.
 */
export function typedColumns(table: TableName, rawColumns: string[]): string[] {
  const present = new Set(rawColumns)
  const selects = CONTRACT[table].map((c) =>
    present.has(c.name) ? `CAST(${quoteIdent(c.name)} AS ${c.type}) AS ${quoteIdent(c.name)}` : `CAST(NULL AS ${c.type}) AS ${quoteIdent(c.name)}`,
  )
  for (const extra of EXTRA_COLUMNS[table] ?? []) {
    selects.push(present.has(extra) ? `CAST(${quoteIdent(extra)} AS VARCHAR) AS ${quoteIdent(extra)}` : `CAST(NULL AS VARCHAR) AS ${quoteIdent(extra)}`)
  }
  return selects
}
