// Which figures a data request asks for: every target past its deadline that still waits for
// its final figure (tracking's DeadlineState says so), with what a person needs to find it.
import type { TargetEvaluation } from '../tracking'
import type { Entity, Indicator } from '../types/contract'

export interface RequestRow {
  entityId: string
  entityName: string
  indicatorId: string
  indicatorName: string
  definition: string
  /** Unit code (what the reader needs) and its word (what the person reads). */
  unit: string
  unitWord: string
  year: number
  /** The target as printed: `≥ 70`. */
  target: string
  last: number | null
  lastYear: number | null
}

/** The tracking module's own test of "still missing": overdue and no figure for the target year. */
export function awaitsFinalFigure(e: TargetEvaluation): boolean {
  return e.deadline.kind === 'overdue' && e.deadline.awaitingFinalFigure
}

const COMPARATOR_SIGN: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '~': '≈' }

export function requestRows(
  evaluations: readonly TargetEvaluation[],
  indicators: ReadonlyMap<string, Indicator>,
  entities: ReadonlyMap<string, Entity>,
  words: { unit: (code: string) => string; lang: 'zh' | 'en' },
): RequestRow[] {
  const seen = new Set<string>()
  const rows: RequestRow[] = []
  for (const e of evaluations) {
    if (!awaitsFinalFigure(e)) continue
    const t = e.target
    // Two targets on one figure (a goal restated) ask for it once.
    const key = `${t.indicator_id}|${t.entity_id}|${t.target_year}`
    if (seen.has(key)) continue
    seen.add(key)
    const ind = indicators.get(t.indicator_id)
    const ent = entities.get(t.entity_id)
    const latest = e.latest?.kind === 'observation' ? e.latest : null
    rows.push({
      entityId: t.entity_id,
      entityName: (words.lang === 'en' ? ent?.name_en : null) || ent?.name_zh || t.entity_id,
      indicatorId: t.indicator_id,
      indicatorName: (words.lang === 'en' ? ind?.name_en : ind?.name_zh) || t.indicator_id,
      definition: ind?.formula ?? '',
      unit: ind?.unit ?? '',
      unitWord: ind ? words.unit(ind.unit) : '',
      year: t.target_year,
      target: `${COMPARATOR_SIGN[t.comparator] ?? t.comparator} ${t.target_value}`,
      last: latest?.value ?? null,
      lastYear: latest?.year ?? null,
    })
  }
  return rows.sort((a, b) => a.entityName.localeCompare(b.entityName, 'zh-CN') || a.indicatorName.localeCompare(b.indicatorName, 'zh-CN'))
}
