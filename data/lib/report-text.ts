// Human-readable rendering of a CheckReport for the terminal (npm run data:check).
import type { CheckReport, CitedValue } from './report-types'

const num = (x: number): string => String(Math.round(x * 1e6) / 1e6)
const signed = (x: number): string => (x > 0 ? `+${num(x)}` : num(x))
const source = (v: CitedValue): string => `${v.source_doc} ${v.source_ref}`
const key = (v: CitedValue): string => `${v.indicator_id} / ${v.entity_id} / ${v.year}`

export function formatReport(r: CheckReport): string {
  const out: string[] = []
  const c = r.counts
  out.push(`Data check — folders: ${r.folders.join(', ') || '(none)'}`)

  out.push('', `Errors of the curation (fail the build): ${r.errors.length}`)
  for (const e of r.errors) out.push(`  ✗ ${e.message}`)
  if (r.warnings.length > 0) {
    out.push('', `Warnings: ${r.warnings.length}`)
    for (const w of r.warnings) out.push(`  ! ${w.message}`)
  }

  const failed = r.sums.filter((s) => !s.adds_up)
  out.push('', `Sums — printed total vs sum of parts (the documents' own arithmetic): ${r.sums.length} checked, ${failed.length} do not add up`)
  for (const s of r.sums) {
    const mark = s.adds_up ? '✓' : '✗'
    out.push(
      `  ${mark} ${s.check_id}: ${key(s.total)} (${source(s.total)}) total ${num(s.total.value)}, ` +
        `${s.parts.length} parts sum ${num(s.parts_sum)}, difference ${signed(s.difference)}`,
    )
    if (!s.adds_up) {
      for (const p of s.parts) out.push(`      part ${key(p)}: ${num(p.value)} (${source(p)}) [${p.at}]`)
    }
  }

  out.push('', `Conflicts — same indicator / entity / year, different values: ${r.conflicts.length}`)
  for (const k of r.conflicts) {
    out.push(`  ≠ ${k.indicator_id} / ${k.entity_id} / ${k.year}: ${k.values.map((v) => num(v.value)).join(' vs ')}`)
    for (const v of k.values) {
      out.push(`      ${num(v.value)}  ${source(v)}  [${v.at}]${v.quote ? `  「${v.quote}」` : ''}${v.note ? `  note: ${v.note}` : ''}`)
    }
  }

  const mismatched = r.derived.filter((d) => !d.within_tolerance)
  out.push('', `Derived shares — printed vs computed from the formula's parts: ${r.derived.length} compared, ${mismatched.length} differ beyond tolerance`)
  for (const d of r.derived) {
    const mark = d.within_tolerance ? '✓' : '✗'
    const inputs = d.inputs.map((i) => `${i.indicator_id}=${num(i.value)}`).join(', ')
    out.push(
      `  ${mark} ${key(d.printed)} [${d.kind}] (${source(d.printed)}): printed ${num(d.printed.value)}, computed ${num(d.computed)}, ` +
        `difference ${signed(d.difference)} (tolerance ${num(d.tolerance)}) from ${inputs}`,
    )
  }

  out.push(
    '',
    `Totals: ${c.indicators} indicators, ${c.entities} entities, ${c.targets} targets, ${c.observations} observations; ` +
      `${c.conflicts} conflicts; sums ${c.sums_checked} checked / ${c.sums_failed} failed; ` +
      `derived ${c.derived_checked} compared / ${c.derived_mismatches} differ; ${c.errors} errors, ${c.warnings} warnings`,
  )
  out.push(r.ok ? 'Result: OK (no errors of the curation)' : `Result: FAILED — ${c.errors} error(s) of the curation, see above`)
  return out.join('\n')
}
