// Related evidence: figures for the same concept under another definition, level or scope
// (targets.related). Each carries how it differs and the curator's note; it is shown next to
// the target and may inform the wording, but is never used as the target's own value.
import type { Indicator, Observation, Target } from '../types/contract'
import { improvementSign, meetsTarget } from './comparator'
import { pointsByYear, type SourcedValue } from './latest'
import { relatedRefs } from './targetMeta'

/** How a related figure differs from the target's own series. */
export type RelatedDifference = 'definition' | 'level' | 'scope'

export interface RelatedFigure {
  indicator_id: string
  entity_id: string
  year: number
  /** A value a source printed (the first source when sources disagree; `conflict` says so). */
  value: number
  conflict: boolean
  sources: SourcedValue[]
  /** The curators' notes on the figure's rows (a different base, an unweighted mean …). */
  notes: string[]
  differs: RelatedDifference[]
  /** The figure would meet the target's value were it the target's own. */
  meetsTargetValue: boolean
  /** Since the previous year of the same series; null with one year. */
  trend: 'improving' | 'worsening' | 'flat' | null
}

export function relatedDifferences(own: Indicator, other: Indicator, sameEntity: boolean): RelatedDifference[] {
  const out: RelatedDifference[] = []
  if (own.education_level !== other.education_level) out.push('level')
  // Level variants share a stem (dual_qualified_teacher_share[_higher]); anything else is another definition.
  const stem = (id: string) => id.replace(/_(secondary|higher|bachelor)$/, '')
  if (stem(own.indicator_id) !== stem(other.indicator_id)) out.push('definition')
  if (!sameEntity) out.push('scope')
  return out
}

/** Latest figure (year ≤ as-of) of each related series of the target. */
export function relatedEvidence(
  target: Target,
  indicatorById: ReadonlyMap<string, Indicator>,
  seriesOf: (indicatorId: string, entityId: string) => readonly Observation[],
  asOfYear: number,
): RelatedFigure[] {
  const own = indicatorById.get(target.indicator_id)
  if (!own) return []
  return relatedRefs(target).flatMap((ref) => {
    const other = indicatorById.get(ref.indicator_id)
    if (!other) return []
    const rows = seriesOf(ref.indicator_id, ref.entity_id).filter((o) => o.year <= asOfYear && Number.isFinite(o.value))
    const points = pointsByYear(rows)
    const latest = points.at(-1)
    if (!latest) return []
    const previous = points.at(-2)
    const sign = improvementSign(target.comparator, own.direction)
    const change = previous ? sign * (latest.value - previous.value) : null
    const notes = [...new Set(latest.sources.map((o) => o.note).filter((n): n is string => !!n))]
    return [
      {
        indicator_id: ref.indicator_id,
        entity_id: ref.entity_id,
        year: latest.year,
        value: latest.value,
        conflict: latest.conflict,
        sources: latest.sources,
        notes,
        differs: relatedDifferences(own, other, ref.entity_id === target.entity_id),
        meetsTargetValue: meetsTarget(latest.value, target.target_value, target.comparator, own.direction),
        trend: change === null ? null : change > 0 ? 'improving' : change < 0 ? 'worsening' : 'flat',
      },
    ]
  })
}
