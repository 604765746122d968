// The overview's headline targets as evaluations: the overview cards, the report cover and the slides.
import { computed } from 'vue'
import { useDatasetStore } from '../stores/dataset'
import { useTrackingStore } from '../stores/tracking'
import { pickHeadlines } from '../overview/headlines'
import type { TargetEvaluation } from '../tracking'

export function useHeadlines() {
  const dataset = useDatasetStore()
  const tracking = useTrackingStore()
  // The manifest's list; before it has loaded, the early snapshot holds exactly the bundled
  // headlines in their order (data/snapshot.ts), so the cards do not reorder when DuckDB answers.
  const listed = computed(() =>
    dataset.facts.headlines ?? (tracking.origin === 'snapshot' ? tracking.inputs?.targets.map((t) => t.target_id) : undefined),
  )
  /** Headline targets, in the overview's order. */
  return computed<TargetEvaluation[]>(() =>
    pickHeadlines(
      tracking.evaluations.map((e) => ({ ...e.target, ev: e })),
      (id) => tracking.entityById.get(id)?.kind,
      listed.value,
    ).map((p) => p.ev),
  )
}
