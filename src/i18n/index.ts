import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'
import type { FeatureMessages } from './define'

export type Locale = 'zh-CN' | 'en'
export const LOCALES: readonly Locale[] = ['zh-CN', 'en']
type Messages = typeof zhCN

// Feature message files (features/*.ts) are merged into the core messages.
const features = import.meta.glob<FeatureMessages<object>>('./features/*.ts', { eager: true, import: 'default' })

export function allMessages(): Record<Locale, Messages> {
  const merged = { 'zh-CN': { ...zhCN }, en: { ...en } }
  for (const f of Object.values(features)) {
    Object.assign(merged['zh-CN'], f.zh)
    Object.assign(merged.en, f.en)
  }
  return merged
}

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: allMessages(),
  missingWarn: false,
  fallbackWarn: false,
})

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
}
