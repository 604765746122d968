// The overview's headline targets as evaluations (the same pick as the overview cards).
import { computed } from 'vue'
import { useTrackingStore } from '../stores/tracking'
import { pickHeadlines } from '../overview/headlines'
import type { TargetEvaluation } from '../tracking'

export function useHeadlines() {
  const tracking = useTrackingStore()
  /** Headline targets, in the overview's order. */
  return computed<TargetEvaluation[]>(() =>
    pickHeadlines(tracking.evaluations.map((e) => ({ ...e.target, ev: e })), (id) => tracking.entityById.get(id)?.kind).map((p) => p.ev),
  )
}
