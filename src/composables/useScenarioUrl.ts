// The active scenario (and the compared ones) travel in the URL as the scenarios themselves
// (`?scenario=<base64url JSON>&compare=<base64url JSON list>`), so a copied link opens the same
// projection in a browser that has never seen them. Read once at start; written on every change.
import { ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { useDebounceFn } from '@vueuse/core'
import { decodeScenario, decodeScenarioList, type Scenario, type ScenarioError } from '../scenarios'
import { useScenariosStore } from '../stores/scenarios'
import { useQueryKey } from './useQueryKey'

/** Call once (App.vue). Returns the problem with the link's scenario, if any. */
export function useScenarioUrl() {
  const route = useRoute()
  const router = useRouter()
  const store = useScenariosStore()
  const { t } = useI18n()
  const scenario = useQueryKey('scenario')
  const compare = useQueryKey('compare')
  /** Set when the link carried a scenario that could not be read (it is then ignored). */
  const linkError = ref<ScenarioError | null>(null)
  let started = false

  function sync() {
    const want = store.linkQuery
    scenario.value = want.scenario ?? null
    compare.value = want.compare ?? null
  }

  void Promise.all([router.isReady(), store.ready]).then(() => {
    const a = scenario.value
    const c = compare.value
    const active = a ? decodeScenario(a) : null
    const compared = c ? decodeScenarioList(c) : null
    linkError.value = (active && !active.ok ? active.error : null) ?? (compared && !compared.ok ? compared.error : null)
    const pick = (r: typeof active): Scenario | null => (r && r.ok ? r.value : null)
    store.adoptFromLink(pick(active), compared && compared.ok ? compared.value : [], t('scenarios.linkCopySuffix'))
    started = true
    sync()
  })

  // A slider drag changes the scenario many times a second: the URL follows at most every 200 ms.
  // A view change that drops the keys (a link built before the change) gets them back the same way.
  const later = useDebounceFn(sync, 200, { maxWait: 200 })
  watch([() => store.linkQuery, () => route.fullPath], () => {
    if (started) void later()
  })
  return { linkError }
}
