// Words and formatted figures for a target, in the UI's language: one place for every view
// (cards, tracker rows, detail, narrative) so they never disagree.
import { useI18n } from 'vue-i18n'
import { formatGap, formatValue, type TargetEvaluation } from '../tracking'
import { useTrackingStore } from '../stores/tracking'
import { documentShortTitle, documentTitle } from '../queries/documents'
import type { Indicator } from '../types/contract'
import { stripBidiControls } from '../text/names'
import { sourceRefText } from '../i18n/sourceRef'

export function useTargetText() {
  const { t, locale } = useI18n()
  const tracking = useTrackingStore()
  const en = () => locale.value === 'en'

  const entityName = (id: string) => {
    const e = tracking.entityById.get(id)
    return stripBidiControls(e ? (en() && e.name_en ? e.name_en : e.name_zh) : id)
  }
  const indicatorOf = (id: string): Indicator | undefined => tracking.indicatorById.get(id)
  const indicatorName = (id: string) => {
    const i = indicatorOf(id)
    return stripBidiControls(i ? (en() ? i.name_en : i.name_zh) : id)
  }
  const value = (v: number | null, indicatorId: string) => {
    const i = indicatorOf(indicatorId)
    return i ? formatValue(v, i, locale.value) : v === null ? '—' : String(v)
  }
  const targetText = (ev: TargetEvaluation) => {
    const { comparator, target_value, indicator_id } = ev.target
    return `${t(`comparator.${comparator}`)} ${value(target_value, indicator_id)}`
  }
  /** A gap in the indicator's unit, phrased ("差 12.6个百分点" / "12.6 pp short"); any gap, not only a target's own. */
  const gapPhrase = (gap: number | null, indicatorId: string) => {
    const i = indicatorOf(indicatorId)
    const parts = i ? formatGap(gap, i, locale.value) : null
    if (!parts) return '—'
    if (parts.amount === 0) return t('gap.exact')
    const unit = t(`gapUnit.${parts.unitKind}`)
    return t(parts.met ? 'gap.met' : 'gap.short', { amount: parts.text, unit })
  }
  const gapText = (ev: TargetEvaluation) => gapPhrase(ev.gap, ev.target.indicator_id)
  /** |amount| with the gap unit, no wording ("12.6个百分点" / "12.6 pp"): spreads, paces. */
  const amountText = (amount: number | null, indicatorId: string) => {
    const i = indicatorOf(indicatorId)
    const parts = i ? formatGap(amount, i, locale.value) : null
    return parts ? `${parts.text}${t(`gapUnit.${parts.unitKind}`)}` : '—'
  }
  const deadlineText = (ev: TargetEvaluation) => {
    const d = ev.deadline
    if (d.kind === 'open') return t('deadline.open', { days: d.daysLeft })
    if (d.kind === 'none') return t('deadline.none')
    return d.awaitingFinalFigure
      ? t('deadline.overdueAwaiting', { days: d.daysOverdue, year: ev.target.target_year })
      : t('deadline.overdueFinal', { year: ev.target.target_year })
  }
  // The reference in the UI's language (表1 → Table 1 in English); the document alone when it has no English form.
  const cite = (title: string, ref: string) => [title, sourceRefText(ref, locale.value)].filter(Boolean).join(' · ')
  const sourceText = (doc: string, ref: string) => cite(documentTitle(doc, locale.value), ref)
  const shortSourceText = (doc: string, ref: string) => cite(documentShortTitle(doc, locale.value), ref)
  const statusText = (ev: TargetEvaluation) => t(`status.${ev.status}`)
  /** A reference alone (in a sentence, a table cell): 表1 → Table 1 in English; the document's short title when it has no English form. */
  const refText = (doc: string, ref: string) => sourceRefText(ref, locale.value) ?? documentShortTitle(doc, locale.value)

  return { entityName, indicatorName, indicatorOf, value, targetText, gapText, gapPhrase, amountText, deadlineText, sourceText, shortSourceText, statusText, refText }
}
