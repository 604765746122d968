// One URL query key as a ref (VueUse's useRouteQuery): the one way a view reads or writes the URL.
// Keys set in the same tick are merged into one navigation, so two keys written together never
// undo each other (hand-written `{ ...route.query, k: v }` copies could).
import { computed, type Ref } from 'vue'
import { useRouteQuery } from '@vueuse/router'
import { queryText, type QueryKey } from '../urlQuery'

export interface QueryKeyOptions {
  /** 'push' adds a history entry (a step the Back button should undo); 'replace' (default) does not. */
  mode?: 'push' | 'replace'
  /** An empty value means something (an empty deck): '' is kept, only null takes the key out. */
  keepEmpty?: boolean
}

/** `key` as one string, null when absent or empty; writing null or '' takes the key out of the URL. */
export function useQueryKey(key: QueryKey, options: QueryKeyOptions = {}): Ref<string | null> {
  const keep = options.keepEmpty ?? false
  const raw = useRouteQuery<string | string[] | null, string | null>(key, null, {
    mode: options.mode ?? 'replace',
    transform: (v) => (keep ? (queryText(v) ?? (v === undefined || v === null ? null : '')) : queryText(v)),
  })
  return computed({
    get: () => raw.value,
    set: (v) => {
      const next = v === '' && !keep ? null : v
      // Writing what the URL already says must not navigate: a navigation to the same place would
      // cancel one the user started meanwhile (useRouteQuery compares the raw value, so an absent
      // key and null differ there).
      if (next !== raw.value) raw.value = next
    },
  })
}
