// A view asks for its slice of a partitioned dataset: when the key changes (an entity, a
// target), the matching row groups not yet in DuckDB are read by range and the views re-query.
// With a dataset loaded whole this does nothing.
import { ref, watch } from 'vue'
import { useDatasetStore } from '../stores/dataset'
import { isPartialTable, loadSlice, reportSliceFailure } from '../db/partitioned/load'
import { benchmarkSlice, trackerSlice } from '../db/partitioned/viewSlices'

export type ViewSlice = { view: 'tracker'; entity: string } | { view: 'benchmark'; target: string }

export function usePartitionSlice(request: () => ViewSlice | null) {
  const dataset = useDatasetStore()
  /** True while this view's slice is being read. */
  const loading = ref(false)
  let serial = 0
  watch(
    [request, () => dataset.status],
    async ([r, status]) => {
      if (!r || status !== 'ready' || !isPartialTable('observations')) return
      const mine = ++serial
      loading.value = true
      try {
        const slice = r.view === 'tracker' ? await trackerSlice(r.entity) : await benchmarkSlice(r.target)
        const added = slice ? await loadSlice('observations', slice) : 0
        if (added > 0) await dataset.markChanged()
        performance.mark('partition-slice-ready')
      } catch (err) {
        reportSliceFailure(err) // said in the notice; what was loaded before stays
      } finally {
        if (mine === serial) loading.value = false
      }
    },
    { immediate: true, deep: true },
  )
  return { loading }
}
