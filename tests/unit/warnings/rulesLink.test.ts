// The rules cite the same clauses, floors and words as the bundled data's records of them
// (data/curated/d004/targets.tsv), so a change on either side cannot drift silently.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseTsv } from '../../../data/lib/tsv'
import { EMPLOYMENT_FLOOR, MATCHED_EMPLOYMENT_FLOOR, PLAN_COMPLETION_FLOOR, RULE_IDS, RULES, RULES_DOCUMENT } from '../../../src/warnings'

const tsv = parseTsv(readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'curated', 'd004', 'targets.tsv'), 'utf8'))
const byId = new Map(tsv.rows.map((r) => [r.cells.target_id, r.cells]))
const FLOORS: Record<string, number> = {
  d004_nmg_min_major_employment_rate_2025: EMPLOYMENT_FLOOR,
  d004_nmg_min_major_employment_field_match_rate_2025: MATCHED_EMPLOYMENT_FLOOR,
  d004_nmg_min_enrolment_plan_completion_rate_higher_2025: PLAN_COMPLETION_FLOOR,
}

describe('rules ↔ the bundled data', () => {
  for (const rule of RULE_IDS) {
    it(`${rule}: each related record exists, with the rule's document, clause and words`, () => {
      for (const id of RULES[rule].relatedTargets) {
        const t = byId.get(id)
        expect(t, id).toBeDefined()
        expect(t!.source_doc).toBe(RULES_DOCUMENT.sourceDoc)
        expect(RULES[rule].clauses).toContain(t!.source_ref)
        if (id in FLOORS) {
          expect(Number(t!.target_value)).toBe(FLOORS[id])
          // The record quotes part of the sentence; the rule quotes it whole.
          expect(RULES[rule].quotes.some((q) => q.includes(t!.quote!)), id).toBe(true)
        }
      }
    })
  }
})
