// The tracker's filters and sort as pure functions over evaluated targets.
import { compareBySeverity, type TargetEvaluation, type TargetStatus } from '../tracking'
import type { Indicator } from '../types/contract'

export interface TrackerFilters {
  /** entity and everything below it */
  entity: string | null
  category: string | null
  level: string | null
  status: TargetStatus | null
  binding: string | null
  /** free text, Chinese or English */
  q: string
  sort: 'severity' | 'entity' | 'deadline'
}

export const EMPTY_FILTERS: TrackerFilters = { entity: null, category: null, level: null, status: null, binding: null, q: '', sort: 'severity' }

export interface FilterLookups {
  indicator: (id: string) => Indicator | undefined
  /** searchable text of an entity: names zh/en and aliases */
  entityText: (id: string) => string
  /** the filter entity and its descendants */
  entityScope: (id: string) => Set<string>
  entityName: (id: string) => string
}

export function filterEvaluations(evs: readonly TargetEvaluation[], f: TrackerFilters, lookups: FilterLookups): TargetEvaluation[] {
  const scope = f.entity ? lookups.entityScope(f.entity) : null
  const needle = f.q.trim().toLowerCase()
  const out = evs.filter((ev) => {
    const t = ev.target
    const ind = lookups.indicator(t.indicator_id)
    if (scope && !scope.has(t.entity_id)) return false
    if (f.category && ind?.category !== f.category) return false
    if (f.level && ind?.education_level !== f.level) return false
    if (f.status && ev.status !== f.status) return false
    if (f.binding && t.binding !== f.binding) return false
    if (!needle) return true
    const haystack = [t.target_id, t.indicator_id, ind?.name_zh, ind?.name_en, lookups.entityText(t.entity_id), t.quote, t.source_ref]
      .join(' ')
      .toLowerCase()
    return needle.split(/\s+/).every((word) => haystack.includes(word))
  })
  return sortEvaluations(out, f.sort, lookups)
}

export function sortEvaluations(evs: TargetEvaluation[], sort: TrackerFilters['sort'], lookups: FilterLookups): TargetEvaluation[] {
  const byId = (a: TargetEvaluation, b: TargetEvaluation) => a.target.target_id.localeCompare(b.target.target_id)
  if (sort === 'entity') return evs.sort((a, b) => lookups.entityName(a.target.entity_id).localeCompare(lookups.entityName(b.target.entity_id), 'zh-CN') || byId(a, b))
  if (sort === 'deadline') return evs.sort((a, b) => a.target.target_year - b.target.target_year || compareBySeverity(a, b) || byId(a, b))
  return evs.sort((a, b) => compareBySeverity(a, b) || byId(a, b))
}
