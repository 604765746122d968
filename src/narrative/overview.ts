// The overview's talking points: a paragraph a presenter can copy, built from the same
// evaluations the cards show. Pure: wording comes from the translate function.
import type { TargetEvaluation, TargetStatus } from '../tracking'
import type { TargetNarrativeText } from './text'

export type NarrativeText = TargetNarrativeText

/** One sentence per target: "鄂尔多斯市 中职在校生数：2021年为1.4万人，目标不低于1.9万人，差5,000人，状态：数据不足。" */
export function targetSentence(ev: TargetEvaluation, x: NarrativeText): string {
  const subject = { entity: x.entityName(ev.target.entity_id), indicator: x.indicatorName(ev.target.indicator_id) }
  if (!ev.latest) return x.t('narrative.noFigure', { ...subject, target: x.targetText(ev), targetYear: ev.target.target_year, status: x.statusText(ev) })
  return x.t('narrative.sentence', {
    ...subject,
    year: ev.latest.year,
    value: x.value(ev.latest.value, ev.target.indicator_id),
    target: x.targetText(ev),
    targetYear: ev.target.target_year,
    gap: x.gapText(ev),
    status: x.statusText(ev),
  })
}

/** Counts by status, in a fixed order, skipping zeros. */
export function statusCounts(evs: readonly TargetEvaluation[]): [TargetStatus, number][] {
  const order: TargetStatus[] = ['achieved', 'on_track', 'acceleration_needed', 'limited_progress', 'deteriorating', 'missed', 'no_data']
  const counts = new Map<TargetStatus, number>()
  for (const ev of evs) counts.set(ev.status, (counts.get(ev.status) ?? 0) + 1)
  return order.filter((s) => counts.has(s)).map((s) => [s, counts.get(s)!])
}

/** The opening: how many targets, by status, and how many await their final figure. */
export function overviewHead(evs: readonly TargetEvaluation[], asOfIso: string, x: NarrativeText): string {
  if (evs.length === 0) return x.t('narrative.empty')
  const parts = statusCounts(evs).map(([s, n]) => x.t('narrative.countPart', { n, status: x.t(`status.${s}`) }))
  const awaiting = evs.filter((e) => e.deadline.kind === 'overdue' && e.deadline.awaitingFinalFigure).length
  const head = x.t('narrative.head', { date: asOfIso, total: evs.length, parts: parts.join(x.t('narrative.listSep')) })
  return head + (awaiting ? x.t('narrative.awaiting', { n: awaiting }) : '')
}

export function overviewNarrative(evs: readonly TargetEvaluation[], asOfIso: string, x: NarrativeText): string {
  if (evs.length === 0) return x.t('narrative.empty')
  return [overviewHead(evs, asOfIso, x), ...evs.map((e) => targetSentence(e, x))].join('')
}
