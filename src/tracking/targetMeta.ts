// Optional columns a dataset may add to `targets` (the contract allows extra columns; the
// bundled data has them, a user's dataset may not). Missing columns mean the defaults.
import type { Target } from '../types/contract'

/**
 * - `deadline`: reach the value by Dec 31 of target_year (the default).
 * - `standing`: a norm with no year in the text (每年…, 不低于…, 逐步达到…): judged on each
 *   year with data, never against an invented deadline.
 * - `trigger`: a rule that triggers an action (专业预警, 招生计划完成率 < 90%). Not a target:
 *   it leaves the target list and is read by src/warnings (issue 12).
 */
export type TargetKind = 'deadline' | 'standing' | 'trigger'

export interface TargetExtras {
  kind?: string | null
  /** target_id of the first statement of the same goal (one goal stated twice). */
  same_goal_as?: string | null
  /** `|`-separated `indicator_id@entity_id` series shown as related evidence. */
  related?: string | null
  /** The curator's caveat (a different definition, a derived year …). */
  note?: string | null
}

export type TrackedTarget = Target & TargetExtras

export function targetKind(t: Target): TargetKind {
  const kind = (t as TrackedTarget).kind
  return kind === 'standing' || kind === 'trigger' ? kind : 'deadline'
}

/** The target this one restates, or null when it is a goal's own (first) statement. */
export function sameGoalAs(t: Target): string | null {
  return (t as TrackedTarget).same_goal_as || null
}

export function targetNote(t: Target): string | null {
  return (t as TrackedTarget).note || null
}

export interface SeriesRef {
  indicator_id: string
  entity_id: string
}

/** Related series of a target; an entry without `@entity` means the target's own entity. */
export function relatedRefs(t: Pick<Target, 'entity_id'>): SeriesRef[] {
  const raw = (t as TargetExtras).related
  if (!raw) return []
  return raw
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [indicator_id, entity_id] = s.split('@')
      return { indicator_id: indicator_id!, entity_id: entity_id || t.entity_id }
    })
}

/** Targets a person tracks: trigger rules go to the warnings; restatements are counted once. */
export function isListedTarget(t: Target): boolean {
  return targetKind(t) !== 'trigger' && sameGoalAs(t) === null
}
