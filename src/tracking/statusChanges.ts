// Which targets change status if a load is applied: the tracking rules (src/tracking, pure)
// run on the affected series before and after, and the statuses are compared.
// Passed to the importer (src/db/import/pipeline.ts) by the imports store: db knows no verdicts.
import { evaluateTargets } from './evaluate'
import type { StatusChange, StatusJudge, StatusSide } from '../types/statusChange'

function statuses(side: StatusSide, asOf: Date): Map<string, { status: string; target: StatusSide['targets'][number] }> {
  const known = new Set(side.indicators.map((i) => i.indicator_id))
  // A target whose indicator is missing cannot be judged; it is left out rather than thrown on.
  const targets = side.targets.filter((t) => known.has(t.indicator_id))
  const evaluations = evaluateTargets(targets, side.indicators, side.observations, asOf)
  return new Map(evaluations.map((e) => [e.target.target_id, { status: e.status, target: e.target }]))
}

export const statusChanges: StatusJudge = (before, after, asOf) => {
  const a = statuses(before, asOf)
  const b = statuses(after, asOf)
  const out: StatusChange[] = []
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const was = a.get(id)
    const now = b.get(id)
    if (was?.status === now?.status) continue
    const t = (now ?? was)!.target
    out.push({ targetId: id, indicatorId: t.indicator_id, entityId: t.entity_id, targetYear: t.target_year, before: was?.status ?? null, after: now?.status ?? null })
  }
  return out.sort((x, y) => x.targetId.localeCompare(y.targetId))
}
