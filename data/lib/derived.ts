// Derived indicators: where an entity/year has both the printed share and the parts of its
// formula, compare the printed share with the computed one. Differences beyond rounding are the
// documents' problem (reported, not failing).
import { byKeys, citeObservation, citeTarget, tidy } from './cite'
import { evaluateFormula, parseFormula } from './formula'
import type { CitedValue, DerivedCheck } from './report-types'
import type { CuratedDataset } from './types'
import { DERIVED_TOLERANCE_PP } from './vocab'

/** Cap on combinations when parts themselves have conflicting values. */
const MAX_COMBINATIONS = 16

export function checkDerived(ds: CuratedDataset): DerivedCheck[] {
  const out: DerivedCheck[] = []
  const obs = ds.observations.map(citeObservation)
  const targets = ds.targets.map((t) => citeTarget(t))
  const baselines = ds.targets.filter((t) => t.baseline_value !== null && t.baseline_year !== null).map((t) => citeTarget(t, true))
  for (const ind of ds.indicators) {
    if (ind.formula === null) continue
    const parsed = parseFormula(ind.formula)
    if (!parsed.ok) continue // reported as our error by checkDataset
    // Percent shares: a fixed allowance in percentage points. Other units (ratios like 生师比 9.42):
    // one unit of the printed value's last decimal (9.42 → ±0.01), since documents both round and
    // truncate (表6-1 prints 1735/154 = 11.266 as 11.26).
    const tolerance = (printed: number): number => (ind.unit === 'percent' ? DERIVED_TOLERANCE_PP : roundingAllowance(printed))
    const pools: [DerivedCheck['kind'], CitedValue[], boolean][] = [
      ['observation', obs, false],
      // Targets and baselines: parts must come from the same document (a plan's own table).
      ['target', targets, true],
      ['target_baseline', baselines, true],
    ]
    for (const [kind, pool, sameDocOnly] of pools) {
      for (const printed of pool.filter((v) => v.indicator_id === ind.indicator_id)) {
        const candidates = parsed.refs.map((ref) => pickInputs(pool, ref, printed, sameDocOnly))
        if (candidates.some((c) => c.length === 0)) continue
        for (const inputs of combinations(candidates).slice(0, MAX_COMBINATIONS)) {
          const values = new Map(inputs.map((v) => [v.indicator_id, v.value]))
          const computed = evaluateFormula(parsed.ast, values)
          if (computed === null || !Number.isFinite(computed)) continue
          const difference = printed.value - computed
          out.push({
            kind,
            indicator_id: ind.indicator_id,
            formula: ind.formula,
            printed,
            inputs,
            computed: tidy(computed),
            difference: tidy(difference),
            tolerance: tidy(tolerance(printed.value)),
            within_tolerance: Math.abs(difference) <= tolerance(printed.value) + 1e-9,
          })
        }
      }
    }
  }
  return out.sort(
    byKeys(
      (d) => d.indicator_id,
      (d) => d.printed.entity_id,
      (d) => d.printed.year,
      (d) => d.kind,
      (d) => d.printed.source_doc,
      (d) => d.printed.source_ref,
      (d) => d.printed.at,
      (d) => d.inputs.map((i) => i.at).join(','),
    ),
  )
}

/**
 * Values of `ref` for the printed value's entity and year, preferring the same table of the same
 * document, then the same document, then (observations only) any document. Distinct values only.
 */
function pickInputs(pool: readonly CitedValue[], ref: string, printed: CitedValue, sameDocOnly: boolean): CitedValue[] {
  const all = pool.filter((v) => v.indicator_id === ref && v.entity_id === printed.entity_id && v.year === printed.year)
  const sameDoc = all.filter((v) => v.source_doc === printed.source_doc)
  const sameRef = sameDoc.filter((v) => v.source_ref === printed.source_ref)
  const chosen = sameRef.length > 0 ? sameRef : sameDoc.length > 0 || sameDocOnly ? sameDoc : all
  const seen = new Set<number>()
  return chosen.filter((v) => !seen.has(v.value) && seen.add(v.value))
}

function combinations(lists: CitedValue[][]): CitedValue[][] {
  return lists.reduce<CitedValue[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]])
}

/** One unit of the printed value's last decimal place (rounding or truncation): 9.42 → 0.01, 12 → 1. */
export function roundingAllowance(printed: number): number {
  const decimals = (String(printed).split('.')[1] ?? '').length
  return 10 ** -decimals
}
