// The tracker's extra columns while scenarios are shown: each target's projected status under
// each scenario (the tracking rules applied to the projected target-year value).
import { computed } from 'vue'
import { projectTargets } from '../scenarios'
import type { TargetStatus } from '../tracking'
import { useScenariosStore } from '../stores/scenarios'
import { useTrackingStore } from '../stores/tracking'

export interface ScenarioColumn {
  id: string
  name: string
  /** Projected status by target id. */
  status: ReadonlyMap<string, TargetStatus>
}

export function useScenarioColumns() {
  const store = useScenariosStore()
  const tracking = useTrackingStore()
  const columns = computed<ScenarioColumn[]>(() => {
    const ctx = store.context
    const targets = tracking.inputs?.targets
    if (!ctx || !targets) return []
    const known = targets.filter((t) => ctx.evaluationById.has(t.target_id))
    return store.shown.map((s) => ({ id: s.id, name: s.name, status: new Map(projectTargets(ctx, known, s).map((p) => [p.target.target_id, p.status])) }))
  })
  return { columns }
}
