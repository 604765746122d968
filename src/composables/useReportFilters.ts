// The tracker's active filters in words ("主体：鄂尔多斯市；学段：中职"), for the printed report.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useTrackerFilters } from './useTrackerFilters'
import { useTargetText } from './useTargetText'

export function useReportFilters() {
  const { t, te } = useI18n()
  const x = useTargetText()
  const { filters } = useTrackerFilters()
  const word = (prefix: string, v: string) => (te(`${prefix}.${v}`) ? t(`${prefix}.${v}`) : v)
  return computed(() => {
    const f = filters.value
    const parts: string[] = []
    if (f.entity) parts.push(`${t('tracker.entity')}：${x.entityName(f.entity)}`)
    if (f.category) parts.push(`${t('tracker.category')}：${word('category', f.category)}`)
    if (f.level) parts.push(`${t('tracker.level')}：${word('level', f.level)}`)
    if (f.status) parts.push(`${t('field.status')}：${t(`status.${f.status}`)}`)
    if (f.binding) parts.push(`${t('tracker.binding')}：${word('binding', f.binding)}`)
    if (f.q) parts.push(`${t('tracker.search')}：${f.q}`)
    return parts.join(t('present.footer.sep'))
  })
}
