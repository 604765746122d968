// Type coercion rules: how a column of the file becomes a column of the contract.
// Coerced where nothing is lost — INT32/INT64/DECIMAL/DOUBLE and text digits to numbers and
// years, ISO dates to DATE, integral numbers to id text — and nothing else. Each rule is a
// SQL expression that yields NULL where a value cannot be taken, so a bad value rejects its
// row, not the file. The raw tables only hold VARCHAR (CSV, text in Parquet), DOUBLE (any
// Parquet number, see parquetDecode.ts) and BOOLEAN.
import type { ColumnSpec } from '../contract'

export type RawKind = 'text' | 'number' | 'boolean' | 'other'

export function rawKind(duckdbType: string): RawKind {
  const t = duckdbType.toUpperCase()
  if (t === 'VARCHAR') return 'text'
  if (/^(DOUBLE|FLOAT|REAL|DECIMAL.*|HUGEINT|U?BIGINT|U?INTEGER|U?SMALLINT|U?TINYINT)$/.test(t)) return 'number'
  if (t === 'BOOLEAN') return 'boolean'
  return 'other'
}

/** Can a column of this kind hold the contract type at all? If not, the column is mistyped. */
export function columnFits(target: ColumnSpec['type'], kind: RawKind): boolean {
  switch (target) {
    case 'VARCHAR':
      return kind === 'text' || kind === 'number'
    case 'DOUBLE':
    case 'SMALLINT':
      return kind === 'text' || kind === 'number'
    case 'DATE':
      return kind === 'text'
  }
}

/** Plain decimal, optional sign and exponent: 57.4, -3, .5, 1e6. No NaN, Infinity or units. */
export const NUMBER_PATTERN = '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?'
/** Thousands grouped with commas as Excel shows them: 19,000 or 1,234,567.5. */
export const GROUPED_NUMBER_PATTERN = '[+-]?[0-9]{1,3}(,[0-9]{3})+([.][0-9]+)?'
/** A whole number, possibly written 2024.0. */
export const INTEGER_PATTERN = '[+-]?[0-9]+([.]0*)?'

/** Text as read: trimmed, and an empty cell is a missing value. */
export function textExpr(ref: string): string {
  return `NULLIF(trim(${ref}), '')`
}

/** The SQL for the contract value of raw column `ref`; NULL when it cannot be taken. */
export function coerceExpr(target: ColumnSpec['type'], kind: RawKind, ref: string): string {
  const t = textExpr(ref)
  switch (target) {
    case 'VARCHAR':
      // 150600 from a numeric id column is the id "150600", not "150600.0".
      return kind === 'number'
        ? `CASE WHEN ${ref} = trunc(${ref}) AND abs(${ref}) < 9007199254740992 THEN CAST(CAST(${ref} AS BIGINT) AS VARCHAR) ELSE CAST(${ref} AS VARCHAR) END`
        : t
    case 'DOUBLE':
      if (kind === 'number') return `CASE WHEN isfinite(CAST(${ref} AS DOUBLE)) THEN CAST(${ref} AS DOUBLE) END`
      return `CASE WHEN regexp_full_match(${t}, '${NUMBER_PATTERN}') THEN TRY_CAST(${t} AS DOUBLE)
                   WHEN regexp_full_match(${t}, '${GROUPED_NUMBER_PATTERN}') THEN TRY_CAST(replace(${t}, ',', '') AS DOUBLE) END`
    case 'SMALLINT':
      if (kind === 'number') return `CASE WHEN ${ref} = trunc(${ref}) AND ${ref} BETWEEN -32768 AND 32767 THEN CAST(${ref} AS SMALLINT) END`
      return `CASE WHEN regexp_full_match(${t}, '${INTEGER_PATTERN}') THEN TRY_CAST(TRY_CAST(${t} AS DOUBLE) AS SMALLINT) END`
    case 'DATE':
      return `CASE WHEN regexp_full_match(${t}, '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}') THEN TRY_CAST(${t} AS DATE)
                   WHEN regexp_full_match(${t}, '[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}') THEN TRY_CAST(replace(${t}, '/', '-') AS DATE) END`
  }
}

/** The raw value as text, for messages and the rejected-rows CSV. */
export function rawTextExpr(kind: RawKind, ref: string): string {
  return kind === 'text' ? ref : `CAST(${ref} AS VARCHAR)`
}

/** The problem code when a non-empty value does not coerce. */
export function coercionProblem(target: ColumnSpec['type']): string {
  return { VARCHAR: 'not_text', DOUBLE: 'not_a_number', SMALLINT: 'not_a_year', DATE: 'not_a_date' }[target]
}
