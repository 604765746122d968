// The tracker's filters live in the URL query, so a copied link reproduces the view.
import { computed } from 'vue'
import { useRoute, useRouter, type LocationQueryValue } from 'vue-router'
import { STATUS_ORDER, type TargetStatus } from '../tracking'
import { EMPTY_FILTERS, type TrackerFilters } from '../tracker/filter'

const one = (v: LocationQueryValue | LocationQueryValue[] | undefined): string | null => {
  const s = Array.isArray(v) ? v[0] : v
  return s ? String(s) : null
}

export function useTrackerFilters() {
  const route = useRoute()
  const router = useRouter()

  const filters = computed<TrackerFilters>(() => {
    const q = route.query
    const status = one(q.status)
    const sort = one(q.sort)
    return {
      entity: one(q.entity),
      category: one(q.category),
      level: one(q.level),
      status: status && (STATUS_ORDER as readonly string[]).includes(status) ? (status as TargetStatus) : null,
      binding: one(q.binding),
      q: one(q.q) ?? '',
      sort: sort === 'entity' || sort === 'deadline' ? sort : EMPTY_FILTERS.sort,
    }
  })

  /** Change one filter; empty values leave the URL. `replace` keeps typing out of history. */
  function setFilter<K extends keyof TrackerFilters>(key: K, value: TrackerFilters[K]) {
    const query = { ...route.query, [key]: value === null || value === '' || value === EMPTY_FILTERS[key] ? undefined : String(value) }
    void router.replace({ query })
  }

  function clearFilters() {
    const { asof, lang } = route.query
    void router.replace({ query: { asof, lang } })
  }

  return { filters, setFilter, clearFilters }
}
