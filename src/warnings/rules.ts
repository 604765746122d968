// The region's adjustment rules, each with its clause and the words of the document, copied
// exactly from 《关于推动自治区现代职业教育高质量发展的若干措施》 (source_doc
// 004_44e67aaf433226d8.txt in the bundled data). See RULES.md for how each is judged.
import type { RuleId } from './types'

/** The document the rules come from, as the bundled data cites it. */
export const RULES_DOCUMENT = {
  sourceDoc: '004_44e67aaf433226d8.txt',
  titleZh: '关于推动自治区现代职业教育高质量发展的若干措施',
  titleEn: 'Measures to Promote High-Quality Development of Modern Vocational Education in the Region',
} as const

export interface RuleDefinition {
  id: RuleId
  /** Clause of the document, as printed: （一）, （五）, （六）. */
  clauses: string[]
  /** The printed words, exact. */
  quotes: string[]
  /** Target ids of the bundled data that carry the same floors (kept for linking). */
  relatedTargets: string[]
}

/** 就业率 … 低于60%: strictly below. */
export const EMPLOYMENT_FLOOR = 60
/** 对口就业率 … 低于50%: strictly below. */
export const MATCHED_EMPLOYMENT_FLOOR = 50
/** 招生计划实际完成率不足90%: strictly below. */
export const PLAN_COMPLETION_FLOOR = 90
/** 按照10%—20%调减下一年度招生计划. */
export const PLAN_CUT_RANGE: readonly [number, number] = [0.1, 0.2]
/** 连续2年 / 连续两年. */
export const RUN_YEARS = 2

export const RULES: Record<RuleId, RuleDefinition> = {
  major_alert: {
    id: 'major_alert',
    clauses: ['（一）'],
    quotes: ['对人才培养明显不适应社会需求，就业率连续2年低于60%且对口就业率连续2年低于50%的专业调减招生计划或停招'],
    relatedTargets: ['d004_nmg_min_major_employment_rate_2025', 'd004_nmg_min_major_employment_field_match_rate_2025'],
  },
  plan_completion: {
    id: 'plan_completion',
    clauses: ['（五）'],
    quotes: ['对于连续两年招生计划实际完成率不足90%的高职院校，按照10%—20%调减下一年度招生计划'],
    relatedTargets: ['d004_nmg_min_enrolment_plan_completion_rate_higher_2025'],
  },
  facility_standard: {
    id: 'facility_standard',
    clauses: ['（五）', '（六）'],
    quotes: [
      '建立办学条件未达标院校动态监测、限期整顿、退出机制，逾期不整顿或者经整顿仍达不到要求的，依法吊销办学许可证或责令停止办学',
      '对不达标的学校限期整改，直至停招或撤并',
    ],
    relatedTargets: ['d004_nmg_facility_standard_compliance_secondary_2025'],
  },
}

export const RULE_IDS: readonly RuleId[] = ['major_alert', 'plan_completion', 'facility_standard']

/** The clause that applies to a school of this level: （五） for 高职, （六） for 中职. */
export function facilityClause(level: string): '（五）' | '（六）' {
  return level === 'higher' ? '（五）' : '（六）'
}
