// Row types of the data contract v1 (docs/data-contract.md), as the app sees them
// after loading: numbers are plain `number`, missing optional values are `null`.

export type Direction = 'higher_better' | 'lower_better'
export type Comparator = '>=' | '<=' | '=' | '~'
export type Binding = 'binding' | 'expected'
export type EntityKind = 'region' | 'city' | 'county' | 'school'
export type EducationLevel = 'secondary' | 'higher' | 'bachelor' | 'all'

export interface Indicator {
  indicator_id: string
  name_zh: string
  name_en: string
  /** `percent` (0–100), `persons`, `count`, `yuan`, `times`, `ratio`, … */
  unit: string
  direction: Direction
  category: string | null
  education_level: EducationLevel | string | null
  /** Arithmetic over other indicator_ids of the same entity and year. */
  formula: string | null
  /** `split` shows a vocational share 40 as 40:60. */
  display: string | null
}

export interface Entity {
  entity_id: string
  name_zh: string
  name_en: string | null
  kind: EntityKind | string
  parent_id: string | null
}

export interface Target {
  target_id: string
  indicator_id: string
  entity_id: string
  baseline_year: number | null
  baseline_value: number | null
  target_year: number
  target_value: number
  comparator: Comparator
  binding: Binding | null
  source_doc: string
  source_ref: string
  quote: string | null
}

export interface Observation {
  indicator_id: string
  entity_id: string
  year: number
  value: number
  /** ISO date (YYYY-MM-DD) when finer than a year. */
  period_end: string | null
  source_doc: string
  source_ref: string
  quote: string | null
}

/** Contract v1.1 (docs/data-contract.md): optional tables a bureau can load; the bundled dataset has neither. */
export type OptionalTableName = 'majors' | 'school_conditions'
export type TableName = 'indicators' | 'entities' | 'targets' | 'observations' | OptionalTableName
/** The four tables every dataset has (contract v1). */
export const TABLE_NAMES: readonly TableName[] = ['indicators', 'entities', 'targets', 'observations']
export const OPTIONAL_TABLE_NAMES: readonly OptionalTableName[] = ['majors', 'school_conditions']
/** Every table the importer recognises, in the order references need (entities before majors). */
export const IMPORT_TABLE_NAMES: readonly TableName[] = [...TABLE_NAMES, ...OPTIONAL_TABLE_NAMES]

/** Contract v1.1 `majors`: one school × major × year. Rates in percent (0–100). */
export interface Major {
  entity_id: string
  year: number
  major_code: string
  major_name: string
  level: EducationLevel | string
  /** Key industry chain the major serves (重点产业链); null = none. */
  key_chain: string | null
  planned_enrolment: number | null
  actual_enrolment: number | null
  report_rate: number | null
  employment_rate: number | null
  matched_employment_rate: number | null
  source_doc: string
  source_ref: string
  quote: string | null
}

/** Contract v1.1 `school_conditions`: one school × year × facility-standard item. */
export interface SchoolCondition {
  entity_id: string
  year: number
  level: EducationLevel | string
  item: string
  /** `yes` or `no`. */
  met: 'yes' | 'no' | string
  source_doc: string
  source_ref: string
  quote: string | null
}
