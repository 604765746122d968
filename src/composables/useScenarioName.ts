// The active scenario's name for slide footers and exported images: a projection must never
// pass for an actual figure, in a meeting or in a report.
import { computed, type ComputedRef } from 'vue'
import { useScenariosStore } from '../stores/scenarios'

/** The active scenario's name; null when actual data only is shown. */
export function useScenarioName(): ComputedRef<string | null> {
  const store = useScenariosStore()
  return computed(() => store.active?.name?.trim() || null)
}
