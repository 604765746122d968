// Words for the tracker export (column headers, names, statuses) in the UI language.
import { useI18n } from 'vue-i18n'
import { useTargetText } from './useTargetText'
import { documentTitle } from '../queries/documents'
import type { TrackerTableText } from '../export/trackerTable'

export function useTrackerTableText(): TrackerTableText {
  const { t, te, locale } = useI18n()
  const x = useTargetText()
  return {
    header: (key) => t(`exports.columns.${key}`),
    entityName: x.entityName,
    indicatorName: x.indicatorName,
    levelName: (id) => {
      const level = x.indicatorOf(id)?.education_level
      return level && te(`level.${level}`) ? t(`level.${level}`) : ''
    },
    targetText: x.targetText,
    value: x.value,
    gapText: x.gapText,
    statusText: x.statusText,
    deadlineText: x.deadlineText,
    bindingText: (b) => (b ? t(`binding.${b}`) : ''),
    documentTitle: (doc) => documentTitle(doc, locale.value),
  }
}
