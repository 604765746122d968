// Counts and order for the Warnings view: by rule × state, by city, and "largest consequence first".
import { RULE_IDS } from './rules'
import type { RuleId, Warning, WarningState } from './types'

export const STATES: readonly WarningState[] = ['triggered', 'cannot_tell', 'watch']

export type RuleCounts = Record<RuleId, Record<WarningState, number>>

export function countByRule(warnings: readonly Warning[]): RuleCounts {
  const out = Object.fromEntries(RULE_IDS.map((r) => [r, { triggered: 0, watch: 0, cannot_tell: 0 }])) as RuleCounts
  for (const w of warnings) out[w.rule][w.state]++
  return out
}

/** Warnings per key (city or school id); `null` cities are counted under ''. */
export function countBy(warnings: readonly Warning[], key: (w: Warning) => string | null): Map<string, Record<WarningState, number>> {
  const out = new Map<string, Record<WarningState, number>>()
  for (const w of warnings) {
    const k = key(w) ?? ''
    const c = out.get(k) ?? { triggered: 0, watch: 0, cannot_tell: 0 }
    c[w.state]++
    out.set(k, c)
  }
  return out
}

const stateRank = (s: WarningState) => STATES.indexOf(s)

/** Triggered first, then "cannot tell", then watch; within each, most places at stake first. */
export function compareByConsequence(a: Warning, b: Warning): number {
  return stateRank(a.state) - stateRank(b.state) || b.consequence.placesAtStake - a.consequence.placesAtStake || a.id.localeCompare(b.id)
}
