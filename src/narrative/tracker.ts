// The tracker's paragraph for the current filter: status counts and the largest gaps.
import type { TargetEvaluation } from '../tracking'
import { statusCounts, type NarrativeText } from './overview'

export function trackerNarrative(rows: readonly TargetEvaluation[], x: NarrativeText, worstCount = 3): string {
  if (rows.length === 0) return x.t('tracker.narrativeNone')
  const parts = statusCounts(rows).map(([s, n]) => x.t('narrative.countPart', { n, status: x.t(`status.${s}`) }))
  // rows arrive sorted by severity when that sort is chosen; pick the unmet ones with a known gap
  const worst = rows
    .filter((r) => r.gap !== null && r.gap > 0)
    .slice(0, worstCount)
    .map((r) => x.t('narrative.gapPart', { entity: x.entityName(r.target.entity_id), indicator: x.indicatorName(r.target.indicator_id), gap: x.gapText(r) }))
  return x.t('tracker.narrative', { total: rows.length, parts: parts.join(x.t('narrative.listSep')), worst: worst.join(x.t('narrative.listSep')) || '—' })
}
