// Target tracking state: the rows it is computed from (an early snapshot, then DuckDB) and
// every target's evaluation at the as-of date. Filters and views read from here.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { evaluateTargets, isListedTarget, sameGoalAs, targetKind, type TargetEvaluation } from '../tracking'
import { loadTrackingInputs, type EntityRow, type TrackingInputs } from '../queries/tracking'
import { isAbort, toDbError, type DbError } from '../db/errors'
import { useDatasetStore } from './dataset'
import { useSettingsStore } from './settings'
import type { Indicator, Target } from '../types/contract'

/**
 * Where the figures on screen come from right now: the bundled snapshot of the headlines alone,
 * the bundled snapshot of every target, or DuckDB.
 */
export type TrackingOrigin = 'none' | 'headlines' | 'snapshot' | 'engine'

/** Trigger rules are not targets: they belong to src/warnings. */
const isTarget = (t: Target) => targetKind(t) !== 'trigger'

export const useTrackingStore = defineStore('tracking', () => {
  const dataset = useDatasetStore()
  const settings = useSettingsStore()
  /** The rows evaluations are computed from. */
  const inputs = shallowRef<TrackingInputs | null>(null)
  const origin = ref<TrackingOrigin>('none')
  /** The rows are every target's (DuckDB's, or the complete snapshot), not only the headlines'. */
  const complete = computed(() => origin.value === 'snapshot' || origin.value === 'engine')
  /** Set when loading from DuckDB failed. */
  const error = shallowRef<DbError | null>(null)

  /**
   * Every target evaluated at the as-of date, restatements of a goal included (their detail
   * pages and links stay). Trigger rules are not targets: they belong to src/warnings.
   */
  // Empty while only the headlines' rows are in: a list of eight would read as the whole tracker.
  const allEvaluations = computed<TargetEvaluation[]>(() =>
    inputs.value && complete.value
      ? evaluateTargets(
          inputs.value.targets.filter(isTarget),
          inputs.value.indicators,
          inputs.value.observations,
          settings.asOf,
          inputs.value.entities,
        )
      : [],
  )
  /** The targets lists and counts show: one goal stated twice is counted once. */
  const evaluations = computed<TargetEvaluation[]>(() => allEvaluations.value.filter((e) => isListedTarget(e.target)))
  /** …the same targets, not evaluated (the overview picks its headlines among them). */
  const listedTargets = computed(() => (inputs.value?.targets ?? []).filter((t) => isTarget(t) && isListedTarget(t)))
  /** Restatements of each goal, by the target_id of its first statement. */
  const restatements = computed(() => {
    const out = new Map<string, TargetEvaluation[]>()
    for (const e of allEvaluations.value) {
      const first = sameGoalAs(e.target)
      if (first) out.set(first, [...(out.get(first) ?? []), e])
    }
    return out
  })
  const indicatorById = computed(() => new Map<string, Indicator>((inputs.value?.indicators ?? []).map((i) => [i.indicator_id, i])))
  const entityById = computed(() => new Map<string, EntityRow>((inputs.value?.entities ?? []).map((e) => [e.entity_id, e])))
  const evaluationById = computed(() => new Map(allEvaluations.value.map((e) => [e.target.target_id, e])))

  /** Entity and all below it (region → city → school). */
  // Built once per dataset: the tracker's filter asks for every entity's subtree.
  const childrenOf = computed(() => {
    const children = new Map<string, string[]>()
    for (const e of inputs.value?.entities ?? []) {
      if (!e.parent_id) continue
      const siblings = children.get(e.parent_id)
      if (siblings) siblings.push(e.entity_id)
      else children.set(e.parent_id, [e.entity_id])
    }
    return children
  })

  function descendantsOf(entityId: string): Set<string> {
    const children = childrenOf.value
    const out = new Set<string>([entityId])
    const stack = [entityId]
    while (stack.length) for (const c of children.get(stack.pop()!) ?? []) if (!out.has(c)) { out.add(c); stack.push(c) }
    return out
  }

  /**
   * A few targets evaluated at the as-of date, for a view that shows only those (the overview's
   * headlines): the first paint then does not wait for every target's evaluation.
   */
  function evaluateSome(targets: readonly Target[]): TargetEvaluation[] {
    const i = inputs.value
    return i && targets.length ? evaluateTargets(targets, i.indicators, i.observations, settings.asOf, i.entities) : []
  }

  /** Figures from the bundled snapshot, before DuckDB has answered; ignored once it has, and never a step back to the headlines. */
  function adoptSnapshot(snapshot: TrackingInputs, isComplete: boolean) {
    if (origin.value === 'engine' || (origin.value === 'snapshot' && !isComplete)) return
    inputs.value = snapshot
    origin.value = isComplete ? 'snapshot' : 'headlines'
  }

  let controller: AbortController | null = null
  async function reload() {
    if (dataset.status !== 'ready') return
    controller?.abort()
    const mine = (controller = new AbortController())
    try {
      const loaded = await loadTrackingInputs(mine.signal)
      if (mine.signal.aborted) return
      performance.mark('tracking-inputs-loaded') // the benchmark's start-up breakdown
      inputs.value = loaded
      origin.value = 'engine'
      error.value = null
    } catch (err) {
      if (!isAbort(err)) error.value = toDbError(err)
    }
  }
  watch(() => [dataset.version, dataset.status], reload, { immediate: true })

  return { inputs, origin, complete, error, evaluations, listedTargets, restatements, indicatorById, entityById, evaluationById, descendantsOf, evaluateSome, adoptSnapshot, reload }
})
