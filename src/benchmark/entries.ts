// A target applied to the entities below its own: one entry per (entity, indicator) with the
// latest value, the gap to the yardstick and, where the entity has one, its own target
// (planned vs actual). Pure: no Vue, no DuckDB — the view feeds it rows and targets.
import { meetsTarget, pointsByYear, targetGap, type YearPoint } from '../tracking'
import type { Indicator, Observation, Target } from '../types/contract'

/**
 * Units in which a level set for a whole entity also reads for each entity below it:
 * shares, ratios, per-student amounts. A total (persons, counts, yuan, floor area) does
 * not: a city's 1.9万 students are not each school's target, so totals are compared only
 * with each entity's own target.
 */
export const PER_ENTITY_UNITS: ReadonlySet<string> = new Set(['percent', 'ratio', 'times', 'yuan_per_student', 'months'])

export function appliesPerEntity(indicator: Pick<Indicator, 'unit'>): boolean {
  return PER_ENTITY_UNITS.has(indicator.unit)
}

/** The indicator and its level-specific variants, as `benchmarkRows` matches them. */
export function levelVariants(indicatorId: string): string[] {
  return [indicatorId, `${indicatorId}_secondary`, `${indicatorId}_higher`, `${indicatorId}_bachelor`]
}

export interface BenchmarkEntry {
  entityId: string
  indicatorId: string
  /** Levels below the target's entity (1 = direct child); null when only known from an own target. */
  depth: number | null
  /** Latest year ≤ as-of; sources kept, conflicts flagged (value = their mean, as in src/tracking). */
  latest: YearPoint | null
  /** Gap to the yardstick in the indicator's unit (> 0 short); null without a value or for totals. */
  gap: number | null
  /** Meets the yardstick; null when it does not apply (no value, or a total). */
  met: boolean | null
  /** The entity's own target for this indicator (e.g. Ordos 表2's per-school 2025 plan). */
  own: Target | null
  ownGap: number | null
  ownMet: boolean | null
}

export interface BenchmarkInput {
  target: Target
  indicatorById: ReadonlyMap<string, Indicator>
  /** Descendants' latest observations (benchmarkRows); several rows for one year when sources differ. */
  rows: readonly (Observation & { depth?: number | null })[]
  /** Targets of the descendants on the indicator or its variants. */
  ownTargets: readonly Target[]
}

const key = (entityId: string, indicatorId: string) => `${entityId}\u0000${indicatorId}`

/** Pick the own target closest to the yardstick: same target year first, then the earliest year. */
function pickOwn(candidates: readonly Target[], targetYear: number): Target | null {
  const sorted = [...candidates].sort(
    (a, b) => Number(b.target_year === targetYear) - Number(a.target_year === targetYear) || a.target_year - b.target_year || (a.target_id < b.target_id ? -1 : 1),
  )
  return sorted[0] ?? null
}

export function benchmarkEntries({ target, indicatorById, rows, ownTargets }: BenchmarkInput): BenchmarkEntry[] {
  const yardstick = indicatorById.get(target.indicator_id)
  const perEntity = yardstick ? appliesPerEntity(yardstick) : false
  const variants = new Set(levelVariants(target.indicator_id))

  const observed = new Map<string, { rows: Observation[]; depth: number | null }>()
  for (const r of rows) {
    if (!variants.has(r.indicator_id) || r.entity_id === target.entity_id) continue
    const k = key(r.entity_id, r.indicator_id)
    const group = observed.get(k) ?? { rows: [], depth: r.depth ?? null }
    group.rows.push(r)
    observed.set(k, group)
  }
  const owns = new Map<string, Target[]>()
  for (const o of ownTargets) {
    if (!variants.has(o.indicator_id) || o.entity_id === target.entity_id) continue
    const k = key(o.entity_id, o.indicator_id)
    owns.set(k, [...(owns.get(k) ?? []), o])
  }

  const keys = new Set([...observed.keys(), ...owns.keys()])
  const entries: BenchmarkEntry[] = []
  for (const k of keys) {
    const [entityId, indicatorId] = k.split('\u0000') as [string, string]
    const group = observed.get(k)
    const latest = group ? (pointsByYear(group.rows).at(-1) ?? null) : null
    const direction = (indicatorById.get(indicatorId) ?? yardstick)?.direction ?? 'higher_better'
    const applies = perEntity && latest !== null
    const own = pickOwn(owns.get(k) ?? [], target.target_year)
    entries.push({
      entityId,
      indicatorId,
      depth: group?.depth ?? null,
      latest,
      gap: applies ? targetGap(latest.value, target.target_value, target.comparator, direction) : null,
      met: applies ? meetsTarget(latest.value, target.target_value, target.comparator, direction) : null,
      own,
      ownGap: own && latest ? targetGap(latest.value, own.target_value, own.comparator, direction) : null,
      ownMet: own && latest ? meetsTarget(latest.value, own.target_value, own.comparator, direction) : null,
    })
  }
  return entries.sort(compareEntries)
}

/** By value, highest first; entities without a value last; then by id (a stable order). */
export function compareEntries(a: BenchmarkEntry, b: BenchmarkEntry): number {
  const va = a.latest?.value ?? null
  const vb = b.latest?.value ?? null
  if (va !== vb) {
    if (va === null) return 1
    if (vb === null) return -1
    return vb - va
  }
  const ka = key(a.entityId, a.indicatorId)
  const kb = key(b.entityId, b.indicatorId)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

/** The verdict an entry is coloured and labelled by: the yardstick where it applies, else its own target. */
export function entryVerdict(e: BenchmarkEntry): boolean | null {
  return e.met ?? e.ownMet
}

export interface BenchmarkSummary {
  /** Entries with a value. */
  withValue: number
  /** Entries compared with the yardstick: meeting / missing. */
  meeting: BenchmarkEntry[]
  missing: BenchmarkEntry[]
  /** Highest and lowest value (same indicator as the majority is not assumed: all entries). */
  top: BenchmarkEntry | null
  bottom: BenchmarkEntry | null
  /** Entries with an own target, and how they stand against it. */
  withOwn: number
  ownMeeting: number
  ownMissing: number
  ownUnknown: number
  /** Sum of own targets on the yardstick's own indicator and year; null when there are none. */
  planSum: number | null
}

export function summarise(entries: readonly BenchmarkEntry[], target: Target): BenchmarkSummary {
  const valued = entries.filter((e) => e.latest)
  const plans = entries.filter((e) => e.own && e.own.indicator_id === target.indicator_id && e.own.target_year === target.target_year)
  return {
    withValue: valued.length,
    meeting: entries.filter((e) => e.met === true),
    missing: entries.filter((e) => e.met === false),
    top: valued[0] ?? null,
    bottom: valued.length > 1 ? valued[valued.length - 1]! : null,
    withOwn: entries.filter((e) => e.own).length,
    ownMeeting: entries.filter((e) => e.ownMet === true).length,
    ownMissing: entries.filter((e) => e.ownMet === false).length,
    ownUnknown: entries.filter((e) => e.own && e.ownMet === null).length,
    planSum: plans.length ? plans.reduce((s, e) => s + e.own!.target_value, 0) : null,
  }
}
