// A target applied to the entities below it, for the benchmark slide and its notes: the same
// queries and pure helpers as the benchmark view (queries/tracking, benchmark/entries).
import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useTrackingStore } from '../stores/tracking'
import { useSettingsStore } from '../stores/settings'
import { useQuery } from './useQuery'
import { useTargetText } from './useTargetText'
import { benchmarkRows } from '../queries/tracking'
import { appliesPerEntity, benchmarkEntries, levelVariants } from '../benchmark/entries'
import { benchmarkNarrative, entryName, mixesLevels } from '../narrative/benchmark'

const LEVELS = ['secondary', 'higher', 'bachelor', 'all']

export function useBenchmarkEntries(targetId: Ref<string>) {
  const { t } = useI18n()
  const tracking = useTrackingStore()
  const settings = useSettingsStore()
  const x = useTargetText()
  const asOfYear = computed(() => settings.asOf.getFullYear())

  const ev = computed(() => tracking.evaluationById.get(targetId.value) ?? null)
  const rows = useQuery((signal) => (targetId.value ? benchmarkRows(targetId.value, asOfYear.value, signal) : Promise.resolve([])), [targetId, asOfYear])
  const ownTargets = computed(() => {
    const target = ev.value?.target
    if (!target || !tracking.inputs) return []
    const below = tracking.descendantsOf(target.entity_id)
    const variants = new Set(levelVariants(target.indicator_id))
    return tracking.inputs.targets.filter((o) => o.entity_id !== target.entity_id && below.has(o.entity_id) && variants.has(o.indicator_id))
  })
  /** One entry per entity (and level) below the target's entity; null until the rows are in. */
  const entries = computed(() =>
    ev.value && rows.data.value ? benchmarkEntries({ target: ev.value.target, indicatorById: tracking.indicatorById, rows: rows.data.value, ownTargets: ownTargets.value }) : null,
  )
  const levelOf = (id: string) => {
    const level = tracking.indicatorById.get(id)?.education_level
    return level && LEVELS.includes(level) ? level : null
  }
  const text = computed(() => ({ ...x, t, levelOf }))
  const names = computed(() => {
    const mixed = mixesLevels(entries.value ?? [])
    return (entries.value ?? []).map((e) => entryName(e, text.value, mixed))
  })
  const perEntity = computed(() => {
    const ind = ev.value ? tracking.indicatorById.get(ev.value.target.indicator_id) : undefined
    return ind ? appliesPerEntity(ind) : false
  })
  const narrative = computed(() => (ev.value && entries.value ? benchmarkNarrative(ev.value, entries.value, text.value) : ''))
  const hasContent = computed(() => !!entries.value?.some((e) => e.latest || e.own))

  return { ev, rows, entries, names, perEntity, narrative, hasContent }
}
