// Each feature keeps its messages in its own file under features/, both languages side by
// side; the English object is typed by the Chinese one so a missing key fails type-check.
export interface FeatureMessages<T> {
  zh: T
  en: T
}

export function defineMessages<T>(zh: T, en: NoInfer<T>): FeatureMessages<T> {
  return { zh, en }
}
