// Cross-view settings a presenter would share: the as-of date and the language.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { isValid, lightFormat, parseISO } from 'date-fns'
import { setLocale, type Locale } from '../i18n'

/** Earliest and latest as-of dates accepted: the plans tracked run from 2000 to 2100 at most. */
export const AS_OF_RANGE = { min: '2000-01-01', max: '2100-12-31' } as const

/** Parse `?asof=YYYY-MM-DD`: a real calendar day within AS_OF_RANGE, else null (the caller says so). */
export function parseAsOf(value: unknown): Date | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  if (value < AS_OF_RANGE.min || value > AS_OF_RANGE.max) return null
  const d = parseISO(value)
  // parseISO accepts 2023-02-30 as an invalid date; lightFormat() must give back the same text.
  return isValid(d) && lightFormat(d, 'yyyy-MM-dd') === value ? d : null
}

export const useSettingsStore = defineStore('settings', () => {
  /** The date targets are judged at. */
  const asOf = ref<Date>(new Date())
  /** UI language. */
  const locale = ref<Locale>('zh-CN')
  /** A `?asof=` value that was not a date in range (shown to the user, then dropped); null if none. */
  const rejectedAsOf = ref<string | null>(null)
  /** asOf as YYYY-MM-DD (for the URL and inputs). */
  const asOfIso = computed(() => lightFormat(asOf.value, 'yyyy-MM-dd'))

  function setAsOf(d: Date) {
    asOf.value = d
  }
  function switchLocale(l: Locale) {
    locale.value = l
    setLocale(l)
  }
  return { asOf, asOfIso, rejectedAsOf, locale, setAsOf, switchLocale }
})
