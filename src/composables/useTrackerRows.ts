// The tracker's rows as filtered by the URL: one definition for the table on screen, the
// exports (CSV, Parquet) and the printable report, so they never disagree.
import { computed } from 'vue'
import { useTrackingStore } from '../stores/tracking'
import { useTargetText } from './useTargetText'
import { useTrackerFilters } from './useTrackerFilters'
import { filterEvaluations } from '../tracker/filter'

export function useTrackerRows() {
  const tracking = useTrackingStore()
  const text = useTargetText()
  const { filters } = useTrackerFilters()

  /** Evaluations matching the URL's filters, in the chosen sort. */
  const rows = computed(() =>
    filterEvaluations(tracking.evaluations, filters.value, {
      indicator: (id) => tracking.indicatorById.get(id),
      entityText: (id) => {
        const e = tracking.entityById.get(id)
        return e ? [e.entity_id, e.name_zh, e.name_en, e.aliases].join(' ') : id
      },
      entityScope: (id) => tracking.descendantsOf(id),
      entityName: text.entityName,
    }),
  )
  return { rows, filters }
}
