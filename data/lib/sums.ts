// sums.tsv checks (data/CURATION.md): the printed total vs the sum of its printed parts.
// A total that does not add up is the document's problem (reported); a check whose rows cannot
// be found, or that has no total or no parts, is ours (an error).
import { byKeys, citeObservation, citeTarget, sameNumber, tidy } from './cite'
import type { CitedValue, SumCheck } from './report-types'
import { where, type CuratedDataset, type Issue, type SumRow } from './types'
import { isOneOf, SUM_KINDS, SUM_ROLES } from './vocab'

export function checkSums(ds: CuratedDataset, errors: Issue[]): SumCheck[] {
  const groups = new Map<string, SumRow[]>()
  for (const row of ds.sums) {
    const rows = groups.get(row.check_id) ?? []
    rows.push(row)
    groups.set(row.check_id, rows)
  }
  const results: SumCheck[] = []
  for (const [checkId, rows] of [...groups].sort(byKeys(([id]) => id))) {
    const fail = (row: SumRow, code: string, message: string): void => {
      errors.push({ code, message: `${where(row.origin)}: sums check "${checkId}": ${message}`, file: row.origin.file, line: row.origin.line })
    }
    const [head] = rows
    if (head === undefined) continue
    const files = [...new Set(rows.map((r) => r.origin.file))]
    if (files.length > 1) fail(head, 'sums_check_id_reused', `check_id used in several files (${files.join(', ')})`)
    let broken = false
    const resolved: { row: SumRow; cited: CitedValue }[] = []
    for (const row of rows) {
      if (!isOneOf(SUM_ROLES, row.role)) {
        fail(row, 'sums_bad_role', `role "${row.role}" is not one of ${SUM_ROLES.join(', ')}`)
        broken = true
        continue
      }
      const found = resolve(ds, row)
      if (typeof found === 'string') {
        fail(row, 'sums_row_not_found', found)
        broken = true
      } else resolved.push({ row, cited: found })
    }
    const totals = rows.filter((r) => r.role === 'total')
    const parts = rows.filter((r) => r.role === 'part')
    if (totals.length !== 1) {
      fail(head, 'sums_bad_total', `needs exactly one total row, has ${totals.length}`)
      broken = true
    }
    if (parts.length === 0) {
      fail(head, 'sums_no_parts', 'has no part rows')
      broken = true
    }
    const total = resolved.find((r) => r.row.role === 'total')?.cited
    if (broken || total === undefined) continue
    const partValues = resolved.filter((r) => r.row.role === 'part').map((r) => r.cited)
    const partsSum = partValues.reduce((s, p) => s + p.value, 0)
    results.push({
      check_id: checkId,
      kind: [...new Set(rows.map((r) => r.kind))].join('+'),
      total,
      parts: partValues,
      parts_sum: tidy(partsSum),
      difference: tidy(total.value - partsSum),
      adds_up: sameNumber(total.value, partsSum),
    })
  }
  return results
}

/** The one observation or target a sums row points at, or a message saying why there is not exactly one. */
function resolve(ds: CuratedDataset, row: SumRow): CitedValue | string {
  const what = `${row.indicator_id} / ${row.entity_id} / ${row.year}${row.source_doc ? ` / ${row.source_doc}` : ''}${row.source_ref ? ` / ${row.source_ref}` : ''}`
  const sourceMatches = (r: { source_doc: string; source_ref: string }): boolean =>
    (row.source_doc === null || r.source_doc === row.source_doc) && (row.source_ref === null || r.source_ref === row.source_ref)
  let found: CitedValue[]
  if (row.kind === 'observation') {
    found = ds.observations
      .filter((o) => o.indicator_id === row.indicator_id && o.entity_id === row.entity_id && o.year === row.year && sourceMatches(o))
      .map(citeObservation)
  } else if (row.kind === 'target' || row.kind === 'target_baseline') {
    const baseline = row.kind === 'target_baseline'
    const targets = ds.targets.filter(
      (t) => t.indicator_id === row.indicator_id && t.entity_id === row.entity_id && t.target_year === row.year && sourceMatches(t),
    )
    const [only] = targets
    if (baseline && targets.length === 1 && only?.baseline_value === null) return `target ${only.target_id} has no baseline_value`
    found = targets.map((t) => citeTarget(t, baseline))
  } else {
    return `kind "${row.kind}" is not one of ${SUM_KINDS.join(', ')}`
  }
  const [first] = found
  if (first === undefined) return `no ${row.kind} row ${what}`
  if (found.length > 1) return `${found.length} ${row.kind} rows match ${what} (${found.map((f) => f.at).join(', ')}); give source_doc and source_ref`
  return first
}
