// Cross-view settings a presenter would share: the as-of date and the language.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { format, isValid, parseISO } from 'date-fns'
import { setLocale, type Locale } from '../i18n'

/** Parse `?asof=YYYY-MM-DD`; anything else falls back to today. */
export function parseAsOf(value: unknown, today = new Date()): Date {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = parseISO(value)
    if (isValid(d)) return d
  }
  return today
}

export const useSettingsStore = defineStore('settings', () => {
  /** The date targets are judged at. */
  const asOf = ref<Date>(new Date())
  /** UI language. */
  const locale = ref<Locale>('zh-CN')
  /** asOf as YYYY-MM-DD (for the URL and inputs). */
  const asOfIso = computed(() => format(asOf.value, 'yyyy-MM-dd'))

  function setAsOf(d: Date) {
    asOf.value = d
  }
  function switchLocale(l: Locale) {
    locale.value = l
    setLocale(l)
  }
  return { asOf, asOfIso, locale, setAsOf, switchLocale }
})
