// The active scenario (and the compared ones) travel in the URL as the scenarios themselves
// (`?scenario=<base64url JSON>&compare=<base64url JSON list>`), so a copied link opens the same
// projection in a browser that has never seen them. Read once at start; written on every change.
import { ref, watch } from 'vue'
import { useRoute, useRouter, type LocationQueryValue } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { decodeScenario, decodeScenarioList, type Scenario, type ScenarioError } from '../scenarios'
import { useScenariosStore } from '../stores/scenarios'

const one = (v: LocationQueryValue | LocationQueryValue[] | undefined): string | undefined => {
  const s = Array.isArray(v) ? v[0] : v
  return s ? String(s) : undefined
}

/** Call once (App.vue). Returns the problem with the link's scenario, if any. */
export function useScenarioUrl() {
  const route = useRoute()
  const router = useRouter()
  const store = useScenariosStore()
  const { t } = useI18n()
  /** Set when the link carried a scenario that could not be read (it is then ignored). */
  const linkError = ref<ScenarioError | null>(null)
  let started = false
  let timer: ReturnType<typeof setTimeout> | null = null

  function sync() {
    timer = null
    const want = store.linkQuery
    if (one(route.query.scenario) === want.scenario && one(route.query.compare) === want.compare) return
    void router.replace({ query: { ...route.query, scenario: want.scenario, compare: want.compare } })
  }

  void Promise.all([router.isReady(), store.ready]).then(() => {
    const a = one(route.query.scenario)
    const c = one(route.query.compare)
    const active = a ? decodeScenario(a) : null
    const compared = c ? decodeScenarioList(c) : null
    linkError.value = (active && !active.ok ? active.error : null) ?? (compared && !compared.ok ? compared.error : null)
    const pick = (r: typeof active): Scenario | null => (r && r.ok ? r.value : null)
    store.adoptFromLink(pick(active), compared && compared.ok ? compared.value : [], t('scenarios.linkCopySuffix'))
    started = true
    sync()
  })

  // A slider drag changes the scenario many times a second: the URL follows shortly after.
  watch([() => store.linkQuery, () => route.fullPath], () => {
    if (!started || timer) return
    timer = setTimeout(sync, 200)
  })
  return { linkError }
}
