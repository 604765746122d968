// Words for scenario figures in the UI's language, on top of the target texts (one formatting
// path for actual and projected figures, so they read alike).
import { useI18n } from 'vue-i18n'
import { useTargetText } from './useTargetText'
import { perYearText, type ScenarioText } from '../narrative/scenario'

export function useScenarioText() {
  const { t } = useI18n()
  const x = useTargetText()
  const text: ScenarioText = {
    t: (key, params) => (params ? t(key, params) : t(key)),
    entityName: x.entityName,
    indicatorName: x.indicatorName,
    value: x.value,
    amountText: x.amountText,
    statusName: (s) => t(`status.${s}`),
  }
  /** "+1,000人/年" in the indicator's unit. */
  const perYear = (amount: number, indicatorId: string) => perYearText(amount, indicatorId, text)
  return { ...x, text, perYear }
}
