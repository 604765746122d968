// All warnings for a set of majors and school conditions, placed in region → city → school.
import { correctionOrClosure } from './consequence'
import { judgeFacilities } from './facilityStandard'
import { judgeMajor, majorConsequence } from './majorAlert'
import { judgePlanCompletion } from './planCompletion'
import type { ConditionRow, MajorRow, PlaceEntity, Warning } from './types'

export interface WarningsInput {
  majors: readonly MajorRow[]
  conditions: readonly ConditionRow[]
  entities: readonly PlaceEntity[]
}

/** Nearest ancestor of kind `city` (a school may sit under a county). */
export function cityOf(entityId: string, byId: ReadonlyMap<string, PlaceEntity>): string | null {
  let e = byId.get(entityId)
  for (let hops = 0; e && hops < 10; hops++) {
    if (e.kind === 'city') return e.entity_id
    e = e.parent_id ? byId.get(e.parent_id) : undefined
  }
  return null
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const k = key(r)
    const list = out.get(k)
    if (list) list.push(r)
    else out.set(k, [r])
  }
  return out
}

const sourcesOf = (rows: readonly { source_doc: string; source_ref: string }[]) =>
  [...new Set(rows.map((r) => (r.source_ref ? `${r.source_doc} · ${r.source_ref}` : r.source_doc)))].sort()

/** Σ planned enrolment of a school's majors in a year; null if any is missing or there are none. */
function schoolPlan(rows: readonly MajorRow[] | undefined, year: number): number | null {
  const ofYear = (rows ?? []).filter((r) => r.year === year)
  if (ofYear.length === 0 || ofYear.some((r) => r.planned_enrolment === null)) return null
  return ofYear.reduce((n, r) => n + r.planned_enrolment!, 0)
}

export function evaluateWarnings(input: WarningsInput): Warning[] {
  const byId = new Map(input.entities.map((e) => [e.entity_id, e]))
  const out: Warning[] = []
  const bySchool = groupBy(input.majors, (r) => r.entity_id)

  for (const rows of groupBy(input.majors, (r) => `${r.entity_id}\u0000${r.major_code}`).values()) {
    const j = judgeMajor(rows)
    if (!j) continue
    out.push({
      id: `major_alert:${j.latest.entity_id}:${j.latest.major_code}`,
      rule: 'major_alert', state: j.verdict.state, schoolId: j.latest.entity_id, cityId: cityOf(j.latest.entity_id, byId),
      majorCode: j.latest.major_code, majorName: j.latest.major_name, level: j.latest.level,
      years: j.verdict.years, missingYears: j.verdict.missingYears, consequence: majorConsequence(j),
      sources: sourcesOf(rows), unmetItems: [],
    })
  }

  for (const [schoolId, rows] of bySchool) {
    const j = judgePlanCompletion(rows)
    if (!j) continue
    out.push({
      id: `plan_completion:${schoolId}`, rule: 'plan_completion', state: j.verdict.state, schoolId, cityId: cityOf(schoolId, byId),
      majorCode: null, majorName: null, level: 'higher', years: j.verdict.years, missingYears: j.verdict.missingYears,
      consequence: j.consequence, sources: sourcesOf(rows.filter((r) => r.level === 'higher')), unmetItems: [],
    })
  }

  for (const [schoolId, rows] of groupBy(input.conditions, (r) => r.entity_id)) {
    const j = judgeFacilities(rows)
    if (!j) continue
    out.push({
      id: `facility_standard:${schoolId}`, rule: 'facility_standard', state: 'triggered', schoolId, cityId: cityOf(schoolId, byId),
      majorCode: null, majorName: null, level: j.level, years: j.years, missingYears: [],
      consequence: correctionOrClosure(j.year, schoolPlan(bySchool.get(schoolId), j.year)),
      sources: sourcesOf(rows.filter((r) => r.year === j.year)), unmetItems: j.unmet,
    })
  }
  return out
}
