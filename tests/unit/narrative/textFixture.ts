// The words the views pass to the narrative builders, rebuilt in Node from the real message
// files (tracking + detail) and the tracking formatters: tests read the sentences people see.
import tracking from '../../../src/i18n/features/tracking'
import detail from '../../../src/i18n/features/detail'
import { formatGap, formatValue, type TargetEvaluation } from '../../../src/tracking'
import type { Indicator } from '../../../src/types/contract'
import { sourceRefText } from '../../../src/i18n/sourceRef'

type Lang = 'zh' | 'en'

function lookup(messages: object, key: string): string {
  const v = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages)
  if (typeof v !== 'string') throw new Error(`missing message ${key}`)
  return v
}

export function textKit(lang: Lang, indicators: readonly Indicator[], entityNames: Record<string, [string, string]>) {
  const messages = { ...tracking[lang], ...detail[lang] }
  const locale = lang === 'zh' ? 'zh-CN' : 'en'
  const byId = new Map(indicators.map((i) => [i.indicator_id, i]))
  const t = (key: string, params: Record<string, unknown> = {}) =>
    lookup(messages, key).replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`))
  const indicatorOf = (id: string) => byId.get(id)
  const value = (v: number | null, id: string) => formatValue(v, indicatorOf(id)!, locale)
  const gapPhrase = (gap: number | null, id: string) => {
    const parts = formatGap(gap, indicatorOf(id)!, locale)
    if (!parts) return '—'
    if (parts.amount === 0) return t('gap.exact')
    return t(parts.met ? 'gap.met' : 'gap.short', { amount: parts.text, unit: t(`gapUnit.${parts.unitKind}`) })
  }
  return {
    t,
    entityName: (id: string) => entityNames[id]?.[lang === 'zh' ? 0 : 1] ?? id,
    indicatorName: (id: string) => (lang === 'zh' ? indicatorOf(id)?.name_zh : indicatorOf(id)?.name_en) ?? id,
    value,
    targetText: (ev: TargetEvaluation) => `${t(`comparator.${ev.target.comparator}`)} ${value(ev.target.target_value, ev.target.indicator_id)}`,
    gapText: (ev: TargetEvaluation) => gapPhrase(ev.gap, ev.target.indicator_id),
    gapPhrase,
    amountText: (amount: number | null, id: string) => {
      const parts = formatGap(amount, indicatorOf(id)!, locale)
      return parts ? `${parts.text}${t(`gapUnit.${parts.unitKind}`)}` : '—'
    },
    deadlineText: (ev: TargetEvaluation) => {
      const d = ev.deadline
      if (d.kind === 'open') return t('deadline.open', { days: d.daysLeft })
      if (d.kind === 'none') return t('deadline.none')
      return d.awaitingFinalFigure
        ? t('deadline.overdueAwaiting', { days: d.daysOverdue, year: ev.target.target_year })
        : t('deadline.overdueFinal', { year: ev.target.target_year })
    },
    statusText: (ev: TargetEvaluation) => t(`status.${ev.status}`),
    refText: (_doc: string, ref: string) => sourceRefText(ref, locale) ?? ref,
    levelOf: (id: string) => indicatorOf(id)?.education_level ?? null,
  }
}

export const share = (id: string, level: string, name_zh: string, name_en: string): Indicator => ({
  indicator_id: id,
  name_zh,
  name_en,
  unit: 'percent',
  direction: 'higher_better',
  category: 'teachers',
  education_level: level,
  formula: null,
  display: null,
})
