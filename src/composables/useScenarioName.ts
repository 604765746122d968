// The active scenario's name for slide footers and exports, when the scenarios feature is
// present. It is being built in parallel (src/stores/scenarios.ts): the glob below is empty
// until that file exists, and the store is read defensively so either shape of it works.
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'

const modules = import.meta.glob('../stores/scenarios.ts', { eager: true }) as Record<string, Record<string, unknown>>

type Named = { name?: unknown; name_zh?: unknown; name_en?: unknown; label?: unknown }

function storeFactory(): (() => Record<string, unknown>) | null {
  for (const mod of Object.values(modules)) {
    for (const [name, value] of Object.entries(mod)) {
      if (/^use\w*Store$/.test(name) && typeof value === 'function') return value as () => Record<string, unknown>
    }
  }
  return null
}

function nameOf(scenario: unknown, en: boolean): string | null {
  if (typeof scenario !== 'object' || scenario === null) return null
  const s = scenario as Named
  const pick = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null)
  if (typeof s.name === 'object' && s.name !== null) {
    const n = s.name as { zh?: unknown; en?: unknown }
    return pick(en ? n.en : n.zh) ?? pick(n.zh)
  }
  return (en ? pick(s.name_en) : null) ?? pick(s.name_zh) ?? pick(s.name) ?? pick(s.label)
}

/** The active scenario's name in the UI language; null when there is none (or no scenarios feature). */
export function useScenarioName(): ComputedRef<string | null> {
  const { locale } = useI18n()
  const factory = storeFactory()
  const store = factory ? factory() : null
  return computed(() => {
    if (!store) return null
    const active = store.active ?? store.activeScenario ?? store.current ?? null
    return nameOf(active, locale.value === 'en')
  })
}
