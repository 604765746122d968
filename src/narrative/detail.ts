// The target detail's talking points: one paragraph a presenter can copy, built from the
// same evaluation the page shows. Pure: wording comes in through `text` (i18n + formatting).
import type { TargetEvaluation } from '../tracking'
import type { TargetNarrativeText } from './text'

export interface DetailText extends TargetNarrativeText {
  /** |amount| with the gap unit ("0.5个百分点"). */
  amountText: (amount: number | null, indicatorId: string) => string
  deadlineText: (ev: TargetEvaluation) => string
}

/** A signed amount in the gap unit: "+0.5个百分点", "−120人", "0个百分点". */
export function signedAmount(amount: number, indicatorId: string, x: Pick<DetailText, 'amountText'>): string {
  const text = x.amountText(Math.abs(amount), indicatorId)
  const [number] = splitAmount(text)
  const zero = Number(number!.replace(/,/g, '')) === 0
  return `${zero ? '' : amount > 0 ? '+' : '−'}${text}`
}

/** A signed annual change phrased per year: "+0.5个百分点/年", "−120 persons per year". */
export function paceText(pace: number, indicatorId: string, x: Pick<DetailText, 't' | 'amountText'>): string {
  const [number, ...unit] = splitAmount(signedAmount(pace, indicatorId, x))
  return x.t('detail.perYear', { amount: number, unit: unit.join('') })
}

// "12.6个百分点" → ["12.6", "个百分点"]; "1,200 persons" → ["1,200", " persons"].
function splitAmount(amount: string): string[] {
  const m = /^([+−]?[\d.,]+)(.*)$/.exec(amount)
  return m ? [m[1]!, m[2]!] : [amount]
}

export function detailNarrative(ev: TargetEvaluation, x: DetailText): string {
  const { target } = ev
  const ind = target.indicator_id
  const subject = { entity: x.entityName(target.entity_id), indicator: x.indicatorName(ind) }
  const goal = x.t('detail.narrative.target', { target: x.targetText(ev), targetYear: target.target_year })
  const sinceBaseline = ev.latest?.kind === 'baseline' || ev.pointCount < 2

  if (!ev.latest) {
    return x.t('detail.narrative.leadNone', subject) + goal + x.t('detail.narrative.gapNone') + verdictSentence(ev, x) + statusSentence(ev, x)
  }
  const parts: string[] = []
  // Nothing observed after the baseline year (a statistic for that year counts as the baseline).
  const baselineYear = ev.points[0]?.kind === 'baseline' ? ev.points[0].year : null
  if (ev.latest.kind === 'baseline' || ev.latest.year === baselineYear) {
    parts.push(x.t('detail.narrative.leadBaseline', { ...subject, year: ev.latest.year, value: x.value(ev.latest.value, ind) }))
  } else {
    parts.push(x.t('detail.narrative.lead', { ...subject, year: ev.latest.year, value: x.value(ev.latest.value, ind) }))
  }
  parts.push(goal)
  if (ev.gap === null) parts.push(x.t('detail.narrative.gapNone'))
  else parts.push(x.t(ev.met ? 'detail.narrative.gapMet' : 'detail.narrative.gapShort', { gap: x.gapText(ev) }))

  if (ev.conflict) parts.push(conflictSentence(ev, x))
  if (!sinceBaseline && ev.start && ev.actualPace !== null) {
    const actual = signedAmount(ev.actualPace, ind, x)
    if (ev.paceRatio !== null && ev.requiredPace !== null) {
      parts.push(x.t('detail.narrative.pace', { startYear: ev.start.year, actual, required: signedAmount(ev.requiredPace, ind, x) }))
    } else {
      parts.push(x.t('detail.narrative.paceOnly', { startYear: ev.start.year, actual }))
    }
  }
  if (!ev.met && ev.projected !== null && ev.latest.year < target.target_year && ev.actualPace !== null) {
    parts.push(
      x.t('detail.narrative.projection', {
        year: target.target_year,
        value: x.value(ev.projected, ind),
        verdict: x.t(ev.projectedMet ? 'detail.narrative.verdictMet' : 'detail.narrative.verdictMissed'),
      }),
    )
  }
  parts.push(verdictSentence(ev, x))
  parts.push(statusSentence(ev, x))
  return parts.join('')
}

/** What the related figures (other definition, level or scope) suggest, never as the target's value. */
export function relatedSentence(ev: TargetEvaluation, x: Pick<DetailText, 't'>): string {
  const n = ev.related.length
  if (n === 0) return ''
  const meeting = ev.related.filter((r) => r.meetsTargetValue).length
  const falling = ev.related.filter((r) => r.trend === 'worsening').length
  const key = meeting === 0 ? 'detail.narrative.relatedNoneMeet' : meeting === n ? 'detail.narrative.relatedAllMeet' : 'detail.narrative.relatedSome'
  return x.t(key, { n, meeting }) + (falling ? x.t('detail.narrative.relatedFalling', { falling }) : '') + x.t('detail.narrative.relatedEnd')
}

/** Each source's figure with its own verdict: never a mean no document printed. */
function conflictSentence(ev: TargetEvaluation, x: DetailText): string {
  const ind = ev.target.indicator_id
  const values = ev.sourceVerdicts
    .map((v) => x.t('detail.narrative.sourceValue', { value: x.value(v.source.value, ind), ref: x.refText(v.source.source_doc, v.source.source_ref), verdict: x.t(`status.${v.status}`) }))
    .join(x.t('detail.narrative.listSep'))
  const key = ev.status === 'depends_on_source' ? 'detail.narrative.conflictDepends' : 'detail.narrative.conflictSame'
  return x.t(key, { year: ev.latest!.year, values })
}

/** What the verdict rests on after the deadline, for a standing rule, or with no new figure. */
export function verdictSentence(ev: TargetEvaluation, x: Pick<DetailText, 't' | 'entityName' | 'value'>): string {
  const { target } = ev
  if (ev.kind === 'standing') {
    if (ev.yearVerdicts.length === 0) return x.t('detail.narrative.standingNone')
    const years = ev.yearVerdicts
      .map((v) => x.t(v.met ? 'detail.narrative.yearMet' : 'detail.narrative.yearNotMet', { year: v.year, value: x.value(v.value, target.indicator_id) }))
      .join(x.t('detail.narrative.listSep'))
    return x.t('detail.narrative.standing', { years })
  }
  if (ev.status === 'no_new_data') {
    const entity = x.entityName(target.entity_id)
    const silence = !ev.latest
      ? x.t('detail.narrative.neverReported', { entity })
      : x.t('detail.narrative.silence', { year: ev.latest.year, years: ev.yearsSinceLatest ?? 0, entity })
    return silence + relatedSentence(ev, x)
  }
  if ((ev.status === 'met_at_last_figure' || ev.status === 'short_at_last_figure') && ev.latest) {
    const trend = ev.trend ? x.t(`detail.narrative.trend.${ev.trend}`) : x.t('detail.narrative.trend.none')
    return x.t('detail.narrative.lastFigure', { targetYear: target.target_year, year: ev.latest.year, trend })
  }
  return ''
}

function statusSentence(ev: TargetEvaluation, x: DetailText): string {
  return x.t('detail.narrative.status', { status: x.statusText(ev), deadline: x.deadlineText(ev) })
}
