// The overview's headline targets: the ones a 教育厅 or 市教育局 asks about first.
// Ids from the bundled dataset (data/curated/d003 表1 and 表2, d004 （四）（十一） …).
export const HEADLINE_TARGET_IDS: readonly string[] = [
  'd003_ordos_vocational_share_secondary_2025', // 鄂尔多斯 职普比 40:60
  'd003_ordos_enrolment_secondary_2025', // 鄂尔多斯 中职在校生 1.9万
  'd003_ordos_enrolment_vocational_total_2025', // 鄂尔多斯 职业院校在校生 5万
  'd003_ordos_dual_qualified_teacher_share_secondary_2025', // 鄂尔多斯 中职双师型 60%
  'd003_ordos_dual_qualified_teacher_share_higher_2025', // 鄂尔多斯 高职双师型 70%
  'd004_nmg_industry_aligned_major_share_2025', // 自治区 服务重点产业链专业 ≥70%
  'd004_nmg_dual_qualified_teacher_share_2025', // 自治区 双师型 ≥70%
  'd004_nmg_facility_standard_compliance_secondary_2025', // 自治区 中职办学条件达标 100%
]

/** With a user's own dataset the ids may not exist: fall back to its region/city binding targets. */
export function pickHeadlines<T extends { target_id: string; entity_id: string; binding: string | null }>(
  targets: readonly T[],
  entityKind: (entityId: string) => string | undefined,
  max = 8,
): T[] {
  const byId = new Map(targets.map((t) => [t.target_id, t]))
  const known = HEADLINE_TARGET_IDS.map((id) => byId.get(id)).filter((t): t is T => !!t)
  if (known.length) return known
  const rank = (t: T) => (entityKind(t.entity_id) === 'region' ? 0 : entityKind(t.entity_id) === 'city' ? 1 : 2) * 2 + (t.binding === 'binding' ? 0 : 1)
  return [...targets].sort((a, b) => rank(a) - rank(b) || a.target_id.localeCompare(b.target_id)).slice(0, max)
}
