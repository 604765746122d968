// Keeps the shareable settings (as-of date, language) and the URL's `asof` and `lang` in step,
// so a copied link reproduces what was on screen. Call once (App.vue).
import { watch } from 'vue'
import { useSettingsStore, parseAsOf } from '../stores/settings'
import type { Locale } from '../i18n'
import { useQueryKey } from './useQueryKey'

export function useUrlState(): void {
  const settings = useSettingsStore()
  const asof = useQueryKey('asof')
  const lang = useQueryKey('lang')

  watch(
    [asof, lang],
    ([a, l]) => {
      if (a !== null && a !== settings.asOfIso) {
        const next = parseAsOf(a)
        // A date that is not one is named on screen, never replaced silently.
        settings.rejectedAsOf = next ? null : a.slice(0, 40)
        if (next) settings.setAsOf(next)
      }
      const locale: Locale = l === 'en' ? 'en' : 'zh-CN'
      if (locale !== settings.locale) settings.switchLocale(locale)
    },
    { immediate: true },
  )

  // Chinese is the default: only English is written into the URL.
  watch(
    () => settings.locale,
    (l) => (lang.value = l === 'en' ? 'en' : null),
  )
}
