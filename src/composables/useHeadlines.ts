// The overview's headline targets as evaluations: the overview cards, the report cover and the slides.
import { computed } from 'vue'
import { useDatasetStore } from '../stores/dataset'
import { useTrackingStore } from '../stores/tracking'
import { pickHeadlines } from '../overview/headlines'
import type { TargetEvaluation } from '../tracking'

export function useHeadlines() {
  const dataset = useDatasetStore()
  const tracking = useTrackingStore()
  // Picked among the targets the tracker lists, and only those evaluated (the first paint needs
  // eight, not every target).
  const picked = computed(() => pickHeadlines(tracking.listedTargets, (id) => tracking.entityById.get(id)?.kind, dataset.facts.headlines))
  /** Headline targets, in the overview's order. */
  return computed<TargetEvaluation[]>(() => tracking.evaluateSome(picked.value))
}
