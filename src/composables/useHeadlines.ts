// The overview's headline targets as evaluations: the overview cards, the report cover and the slides.
import { computed } from 'vue'
import { useDatasetStore } from '../stores/dataset'
import { useTrackingStore } from '../stores/tracking'
import { pickHeadlines } from '../overview/headlines'
import { isListedTarget, targetKind, type TargetEvaluation } from '../tracking'

export function useHeadlines() {
  const dataset = useDatasetStore()
  const tracking = useTrackingStore()
  // The targets the tracker lists (no trigger rules, no restatements); the headlines are picked
  // among them, and only those are evaluated (the first paint needs eight, not every target).
  const picked = computed(() =>
    pickHeadlines(
      (tracking.inputs?.targets ?? []).filter((t) => targetKind(t) !== 'trigger' && isListedTarget(t)),
      (id) => tracking.entityById.get(id)?.kind,
      dataset.facts.headlines,
    ),
  )
  /** Headline targets, in the overview's order. */
  return computed<TargetEvaluation[]>(() => tracking.evaluateSome(picked.value))
}
