import type { ConditionRow, MajorRow } from '../../../src/warnings'

export function major(year: number, employment: number | null, matched: number | null, over: Partial<MajorRow> = {}): MajorRow {
  return {
    entity_id: 's1', year, major_code: '460104', major_name: '机械制造及自动化', level: 'higher', key_chain: null,
    planned_enrolment: 100, actual_enrolment: 95, report_rate: null, employment_rate: employment,
    matched_employment_rate: matched, source_doc: 'bureau.xlsx', source_ref: `${year}`, ...over,
  }
}

export function condition(year: number, item: string, met: boolean, over: Partial<ConditionRow> = {}): ConditionRow {
  return { entity_id: 's1', year, level: 'secondary', item, met, source_doc: 'bureau.xlsx', source_ref: `${year}`, ...over }
}
