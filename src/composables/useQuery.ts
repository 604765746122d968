// Runs a typed query function whenever its inputs or the dataset change; cancels the
// previous run and drops stale results so an old answer never paints over a newer one.
import { onScopeDispose, shallowRef, watch, type WatchSource } from 'vue'
import { useDatasetStore } from '../stores/dataset'
import { isAbort, toDbError, type DbError } from '../db/errors'

export type QueryState = 'idle' | 'loading' | 'ready' | 'error'

export function useQuery<T>(run: (signal: AbortSignal) => Promise<T>, inputs: WatchSource[] = []) {
  const dataset = useDatasetStore()
  /** The latest result. */
  const data = shallowRef<T | null>(null)
  /** Where the query is. */
  const state = shallowRef<QueryState>('idle')
  /** Set when the latest run failed. */
  const error = shallowRef<DbError | null>(null)
  let controller: AbortController | null = null

  async function refresh() {
    if (dataset.status !== 'ready') return
    controller?.abort()
    const mine = (controller = new AbortController())
    state.value = 'loading'
    try {
      const result = await run(mine.signal)
      if (mine.signal.aborted) return
      data.value = result
      error.value = null
      state.value = 'ready'
    } catch (err) {
      if (isAbort(err) || mine.signal.aborted) return
      error.value = toDbError(err)
      state.value = 'error'
    }
  }

  watch([() => dataset.version, () => dataset.status, ...inputs], refresh, { immediate: true })
  onScopeDispose(() => controller?.abort())
  return { data, state, error, refresh }
}
