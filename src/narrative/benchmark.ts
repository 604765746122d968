// The benchmark's talking points: how the entities below a target's entity stand against it
// ("截至2024年，巴彦淖尔市中职双师型教师比例为57.4%，距自治区70%目标差12.6个百分点 …").
// Pure: built from the same entries as the chart and the gap list; wording comes in via `text`.
import type { TargetEvaluation } from '../tracking'
import type { BaseNarrativeText } from './text'
import { summarise, type BenchmarkEntry } from '../benchmark/entries'

export interface BenchmarkText extends BaseNarrativeText {
  targetText: (ev: TargetEvaluation) => string
  /** A gap phrased ("差 12.6个百分点"). */
  gapPhrase: (gap: number | null, indicatorId: string) => string
  /** |amount| with the gap unit ("55.5个百分点"). */
  amountText: (amount: number | null, indicatorId: string) => string
  /** Education level of an indicator ('secondary' …), null when not set. */
  levelOf: (indicatorId: string) => string | null
}

/** More than one indicator (中职 and 高职 shares) among the entries: names then carry the level. */
export function mixesLevels(entries: readonly BenchmarkEntry[]): boolean {
  return new Set(entries.map((e) => e.indicatorId)).size > 1
}

/** "鄂尔多斯市", or "鄂尔多斯市（高职）" when levels are mixed. */
export function entryName(e: BenchmarkEntry, x: Pick<BenchmarkText, 't' | 'entityName' | 'levelOf'>, mixed: boolean): string {
  const name = x.entityName(e.entityId)
  const level = mixed ? x.levelOf(e.indicatorId) : null
  return level ? `${name}${x.t('benchmark.levelSuffix', { level: x.t(`level.${level}`) })}` : name
}

const LIST_MAX = 4

export function benchmarkNarrative(ev: TargetEvaluation, entries: readonly BenchmarkEntry[], x: BenchmarkText): string {
  const { target } = ev
  const ind = target.indicator_id
  const n = (key: string, params: Record<string, unknown> = {}) => x.t(`benchmark.narrative.${key}`, params)
  const yardstick = {
    entity: x.entityName(target.entity_id),
    indicator: x.indicatorName(ind),
    target: x.targetText(ev),
    targetYear: target.target_year,
  }
  const valued = entries.filter((e) => e.latest)
  if (entries.length === 0 || (valued.length === 0 && !entries.some((e) => e.own))) {
    return n('empty', { year: ev.asOfYear, entity: yardstick.entity, indicator: yardstick.indicator })
  }
  const s = summarise(entries, target)
  const mixed = mixesLevels(entries)
  const name = (e: BenchmarkEntry) => entryName(e, x, mixed)
  const item = (e: BenchmarkEntry) => n('item', { name: name(e), value: x.value(e.latest?.value ?? null, e.indicatorId) })
  const list = (es: readonly BenchmarkEntry[]) => es.map(item).join(n('listSep'))
  const compared = s.meeting.length + s.missing.length
  const latestYear = Math.max(...valued.map((e) => e.latest!.year), 0) || ev.asOfYear

  const parts: string[] = []
  if (compared > 0) {
    parts.push(n('head', { ...yardstick, year: latestYear, n: compared, meeting: s.meeting.length, missing: s.missing.length }))
    // Name the smaller group, when it is short enough to read out.
    if (s.meeting.length > 0 && s.meeting.length <= Math.min(LIST_MAX, s.missing.length || LIST_MAX)) parts.push(n('meetingList', { list: list(s.meeting) }))
    else if (s.missing.length > 0 && s.missing.length <= LIST_MAX) parts.push(n('missingList', { list: list(s.missing) }))
    if (s.top && s.bottom && !mixed) {
      parts.push(
        n('range', {
          top: name(s.top),
          topValue: x.value(s.top.latest!.value, s.top.indicatorId),
          bottom: name(s.bottom),
          bottomValue: x.value(s.bottom.latest!.value, s.bottom.indicatorId),
          spread: x.amountText(s.top.latest!.value - s.bottom.latest!.value, s.top.indicatorId),
        }),
      )
    }
    // One sentence per direct child (the 盟市 under the region), as a presenter would say it.
    for (const e of entries.filter((e) => e.depth === 1 && e.latest && e.gap !== null)) {
      parts.push(
        n(e.met ? 'childMet' : 'child', {
          entity: x.entityName(e.entityId),
          indicator: x.indicatorName(e.indicatorId),
          year: e.latest!.year,
          value: x.value(e.latest!.value, e.indicatorId),
          targetEntity: yardstick.entity,
          targetValue: x.value(target.target_value, ind),
          gap: x.gapPhrase(e.gap, e.indicatorId),
        }),
      )
    }
  } else {
    parts.push(n('headTotal', yardstick))
  }
  if (s.withOwn > 0) {
    const rest = s.ownUnknown ? n('ownUnknown', { n: s.ownUnknown }) : ''
    parts.push(n('own', { n: s.withOwn, meeting: s.ownMeeting, missing: s.ownMissing, rest }))
    if (s.planSum !== null && compared === 0) parts.push(n('planSum', { sum: x.value(s.planSum, ind), entity: yardstick.entity, target: x.targetText(ev) }))
  }
  return parts.join('')
}
