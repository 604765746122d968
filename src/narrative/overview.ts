// The overview's talking points: a paragraph a presenter can copy, built from the same
// evaluations the cards show. Pure: wording comes from the translate function.
import { STATUS_ORDER, type TargetEvaluation, type TargetStatus } from '../tracking'
import type { TargetNarrativeText } from './text'
import { verdictSentence } from './detail'

export type NarrativeText = TargetNarrativeText

/**
 * One sentence per target, giving the verdict, the figure, its year and the gap: "鄂尔多斯市
 * 中职在校生数：2021年为1.4万人，目标不低于1.9万人，差5,000人，状态：…。" Conflicting sources
 * are listed each with its own gap (never a mean); after the deadline the reason follows.
 */
export function targetSentence(ev: TargetEvaluation, x: NarrativeText): string {
  const subject = { entity: x.entityName(ev.target.entity_id), indicator: x.indicatorName(ev.target.indicator_id) }
  const why = verdictSentence(ev, x)
  if (!ev.latest) {
    return x.t('narrative.noFigure', { ...subject, target: x.targetText(ev), targetYear: ev.target.target_year, status: x.statusText(ev) }) + why
  }
  const [value, gap] = figureAndGap(ev, x)
  const key = ev.kind === 'standing' ? 'narrative.sentenceStanding' : 'narrative.sentence'
  return (
    x.t(key, { ...subject, year: ev.latest.year, value, target: x.targetText(ev), targetYear: ev.target.target_year, gap, status: x.statusText(ev) }) + why
  )
}

/** The latest figure and its gap; with conflicting sources, each source's figure and gap. */
export function figureAndGap(ev: TargetEvaluation, x: NarrativeText): [string, string] {
  const ind = ev.target.indicator_id
  if (!ev.latest) return ['—', x.gapText(ev)]
  if (ev.sourceVerdicts.length === 0) return [x.value(ev.latest.value, ind), x.gapText(ev)]
  const sep = x.t('narrative.sourceSep')
  return [
    ev.sourceVerdicts.map((v) => x.t('narrative.sourceFigure', { value: x.value(v.source.value, ind), ref: x.refText(v.source.source_doc, v.source.source_ref) })).join(sep),
    ev.sourceVerdicts.map((v) => x.gapText({ ...ev, gap: v.gap })).join(sep),
  ]
}

/** Counts by status, in a fixed order, skipping zeros. */
export function statusCounts(evs: readonly TargetEvaluation[]): [TargetStatus, number][] {
  const counts = new Map<TargetStatus, number>()
  for (const ev of evs) counts.set(ev.status, (counts.get(ev.status) ?? 0) + 1)
  return STATUS_ORDER.filter((s) => counts.has(s)).map((s) => [s, counts.get(s)!])
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
