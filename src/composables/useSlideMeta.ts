// Words about a slide: its label (deck editor, announcements) and the speaker's notes
// (presenter window) — the same narratives the dashboard's views show.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useTrackingStore } from '../stores/tracking'
import { useSettingsStore } from '../stores/settings'
import { useTargetText } from './useTargetText'
import { useHeadlines } from './useHeadlines'
import { overviewHead, overviewNarrative } from '../narrative/overview'
import { detailNarrative } from '../narrative/detail'
import type { SlideRef } from '../present/deck'

export function useSlideMeta() {
  const { t } = useI18n()
  const tracking = useTrackingStore()
  const settings = useSettingsStore()
  const x = useTargetText()
  const headlines = useHeadlines()
  const text = computed(() => ({ t, ...x }))

  const targetName = (id: string) => {
    const ev = tracking.evaluationById.get(id)
    return ev ? `${x.entityName(ev.target.entity_id)} · ${x.indicatorName(ev.target.indicator_id)}` : id
  }

  function label(s: SlideRef): string {
    if (s.kind === 'target' || s.kind === 'benchmark') return t(`present.label.${s.kind}`, { name: targetName(s.id) })
    return t(`present.label.${s.kind}`)
  }

  /** Notes for a slide; a benchmark slide's notes need its entries (the presenter window computes those). */
  function notes(s: SlideRef): string {
    if (s.kind === 'title') return overviewHead(headlines.value, settings.asOfIso, text.value)
    if (s.kind === 'overview' || s.kind === 'narrative') return overviewNarrative(headlines.value, settings.asOfIso, text.value)
    if (s.kind === 'target') {
      const ev = tracking.evaluationById.get(s.id)
      return ev ? detailNarrative(ev, text.value) : ''
    }
    return ''
  }

  return { label, notes, targetName }
}
