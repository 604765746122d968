// The tracker's filters live in the URL query (keys in src/urlQuery.ts), so a copied link
// reproduces the view and a target opened from the tracker keeps them for the way back.
import { computed } from 'vue'
import { STATUS_ORDER, type TargetStatus } from '../tracking'
import { EMPTY_FILTERS, type TrackerFilters } from '../tracker/filter'
import { TRACKER_KEYS } from '../urlQuery'
import { useQueryKey } from './useQueryKey'

export function useTrackerFilters() {
  // 'replace' keeps typing and picking out of the history.
  const keys = Object.fromEntries(TRACKER_KEYS.map((k) => [k, useQueryKey(k)])) as Record<keyof TrackerFilters, ReturnType<typeof useQueryKey>>

  const filters = computed<TrackerFilters>(() => {
    const status = keys.status.value
    const sort = keys.sort.value
    return {
      entity: keys.entity.value,
      category: keys.category.value,
      level: keys.level.value,
      status: status && (STATUS_ORDER as readonly string[]).includes(status) ? (status as TargetStatus) : null,
      binding: keys.binding.value,
      q: keys.q.value ?? '',
      sort: sort === 'entity' || sort === 'deadline' ? sort : EMPTY_FILTERS.sort,
    }
  })

  /** Change one filter; empty values (and the default sort) leave the URL. */
  function setFilter<K extends keyof TrackerFilters>(key: K, value: TrackerFilters[K]) {
    keys[key].value = value === null || value === '' || value === EMPTY_FILTERS[key] ? null : String(value)
  }

  /** Drop every filter; the keys shared by all views (as-of date, language, scenarios) stay. */
  function clearFilters() {
    for (const k of TRACKER_KEYS) keys[k].value = null
  }

  return { filters, setFilter, clearFilters }
}
