// Keeps the shareable settings (as-of date, language) and the route's query in step,
// so a copied link reproduces what was on screen.
import { watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useSettingsStore, parseAsOf } from '../stores/settings'
import type { Locale } from '../i18n'

export function useUrlState(): void {
  const route = useRoute()
  const router = useRouter()
  const settings = useSettingsStore()

  watch(
    () => [route.query.asof, route.query.lang] as const,
    ([asof, lang]) => {
      if (typeof asof === 'string' && asof !== settings.asOfIso) {
        const next = parseAsOf(asof)
        // A date that is not one is named on screen, never replaced silently.
        settings.rejectedAsOf = next ? null : asof.slice(0, 40)
        if (next) settings.setAsOf(next)
      }
      const l: Locale = lang === 'en' ? 'en' : 'zh-CN'
      if (l !== settings.locale) settings.switchLocale(l)
    },
    { immediate: true },
  )

  watch(
    () => settings.locale,
    (l) => {
      const lang = l === 'en' ? 'en' : undefined
      if (route.query.lang !== lang) void router.replace({ query: { ...route.query, lang } })
    },
  )
}
