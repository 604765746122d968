// The warnings of the loaded majors / school conditions, shared by the Warnings view, its
// slide and the sample-data banner. Re-evaluated whenever the live tables or the as-of date change.
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useQuery } from '../composables/useQuery'
import { warningInputs } from '../queries/warnings'
import { compareByConsequence, evaluateWarnings, type Warning } from '../warnings'
import { useImportsStore } from './imports'
import { useSettingsStore } from './settings'

/** The sample files' names all start with this (public/sample/); it is how the banner knows. */
export const SAMPLE_PREFIX = 'sample-fictitious'

/** Whether an applied import holds a sample file ("示例数据（虚构）" is shown on every screen). */
export const isSampleLoaded = (history: readonly { files: readonly string[] }[]) =>
  history.some((h) => h.files.some((f) => f.startsWith(SAMPLE_PREFIX)))

export const useWarningsStore = defineStore('warnings', () => {
  const settings = useSettingsStore()
  const imports = useImportsStore()
  const asOfYear = computed(() => settings.asOf.getFullYear())
  const query = useQuery((signal) => warningInputs(asOfYear.value, signal), [asOfYear])

  /** Rows of the engine's inputs and where the query is. */
  const inputs = query.data
  const state = query.state
  const error = query.error
  /** Whether any majors or school conditions are loaded (else the view offers the sample). */
  const hasData = computed(() => (inputs.value?.majors.length ?? 0) + (inputs.value?.conditions.length ?? 0) > 0)
  /** Every warning, triggered first, largest consequence first. */
  const warnings = computed<Warning[]>(() => {
    if (!inputs.value) return []
    const list = evaluateWarnings(inputs.value).sort(compareByConsequence)
    performance.mark('warnings-evaluated')
    return list
  })
  /** Entity names and places by id. */
  const entities = computed(() => new Map((inputs.value?.entities ?? []).map((e) => [e.entity_id, e])))
  /** The fictitious sample is among the applied imports. */
  const sampleLoaded = computed(() => isSampleLoaded(imports.history))

  return { inputs, state, error, hasData, warnings, entities, sampleLoaded, refresh: query.refresh }
})
