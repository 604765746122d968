// What a rule does, in numbers. "next year's plan cut by 10–20%: 1,200 → 960–1,080".
import { PLAN_CUT_RANGE } from './rules'
import type { Consequence } from './types'

/** 004（五）: next year's plan cut by 10–20% of this year's plan (rounded to whole places). */
export function planCutRange(basisYear: number, plan: number | null): Consequence {
  if (plan === null) return { kind: 'plan_cut_range', basisYear, plan, after: null, placesAtStake: 0 }
  const [low, high] = PLAN_CUT_RANGE
  return {
    kind: 'plan_cut_range',
    basisYear,
    plan,
    after: [Math.round(plan * (1 - high)), Math.round(plan * (1 - low))],
    placesAtStake: Math.round(plan * high),
  }
}

/** 004（一）: the major's plan is cut (by an amount the document does not fix) or it stops enrolling (0). */
export function planCutOrStop(basisYear: number, plan: number | null): Consequence {
  return { kind: 'plan_cut_or_stop', basisYear, plan, after: plan === null ? null : [0, plan], placesAtStake: plan ?? 0 }
}

/** 004（五）/（六）: monitoring and correction, then enrolment stop, merger or closure: the whole plan is at stake. */
export function correctionOrClosure(basisYear: number, plan: number | null): Consequence {
  return { kind: 'correction_or_closure', basisYear, plan, after: plan === null ? null : [0, plan], placesAtStake: plan ?? 0 }
}
