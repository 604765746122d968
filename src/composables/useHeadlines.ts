// The overview's headline targets as evaluations: the overview cards, the report cover and the slides.
import { computed } from 'vue'
import { useDatasetStore } from '../stores/dataset'
import { useTrackingStore } from '../stores/tracking'
import { pickHeadlines } from '../overview/headlines'
import type { TargetEvaluation } from '../tracking'

export function useHeadlines() {
  const dataset = useDatasetStore()
  const tracking = useTrackingStore()
  // The manifest's list (before it has loaded, the same list from the bundled snapshot's facts).
  const listed = computed(() => dataset.facts.headlines)
  /** Headline targets, in the overview's order. */
  return computed<TargetEvaluation[]>(() =>
    pickHeadlines(
      tracking.evaluations.map((e) => ({ ...e.target, ev: e })),
      (id) => tracking.entityById.get(id)?.kind,
      listed.value,
    ).map((p) => p.ev),
  )
}
