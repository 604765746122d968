// checkDataset: a pure function from a loaded dataset to a report. `errors` are ours (the
// curation) and fail the build; sums, conflicts and derived-share differences are the documents'
// own problems and are only reported.
import { byKeys } from './cite'
import { findConflicts } from './conflicts'
import { checkDerived } from './derived'
import { parseFormula } from './formula'
import type { CheckReport } from './report-types'
import { checkSums } from './sums'
import { where, type CuratedDataset, type Issue, type Origin } from './types'
import {
  BINDINGS,
  COMPARATORS,
  DIRECTIONS,
  EDUCATION_LEVELS,
  ENTITY_KINDS,
  isOneOf,
  NON_NEGATIVE_UNITS,
  UNITS,
} from './vocab'

const TARGET_KINDS: readonly string[] = ['standing', 'trigger']
const SNAKE_ID = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/
// Source document file names (data/CURATION.md, "Source documents"): `003_44a6be25437ffb50.txt`.
const SEED_NAME = /^\d{3}_[0-9a-f]{16}\.txt$/

export function checkDataset(ds: CuratedDataset): CheckReport {
  const errors: Issue[] = [...ds.errors]
  const warnings: Issue[] = [...ds.warnings]
  const issue = (list: Issue[], code: string, origin: Origin, message: string, column?: string): void => {
    list.push({ code, message: `${where(origin)}: ${message}`, file: origin.file, line: origin.line, ...(column ? { column } : {}) })
  }
  const error = (code: string, origin: Origin, message: string, column?: string): void => issue(errors, code, origin, message, column)
  const warn = (code: string, origin: Origin, message: string, column?: string): void => issue(warnings, code, origin, message, column)
  const required = <T>(origin: Origin, row: T, columns: readonly (keyof T & string)[]): void => {
    for (const c of columns) if (row[c] === '' || row[c] === null) error('missing_value', origin, `${c} is empty`, c)
  }

  const indicators = new Map(ds.indicators.map((i) => [i.indicator_id, i]))
  const entities = new Map(ds.entities.map((e) => [e.entity_id, e]))

  for (const ind of ds.indicators) {
    const o = ind.origin
    if (!SNAKE_ID.test(ind.indicator_id)) error('bad_id', o, `indicator_id "${ind.indicator_id}" is not ASCII snake_case`, 'indicator_id')
    required(o, ind, ['name_zh', 'name_en', 'unit', 'direction'])
    if (ind.unit !== '' && !isOneOf(UNITS, ind.unit)) error('unknown_unit', o, `unit "${ind.unit}" is not one of ${UNITS.join(', ')}`, 'unit')
    if (ind.direction !== '' && !isOneOf(DIRECTIONS, ind.direction)) {
      error('unknown_direction', o, `direction "${ind.direction}" is not one of ${DIRECTIONS.join(', ')}`, 'direction')
    }
    if (ind.education_level !== null && !isOneOf(EDUCATION_LEVELS, ind.education_level)) {
      warn('unknown_education_level', o, `education_level "${ind.education_level}" is not one of ${EDUCATION_LEVELS.join(', ')}`, 'education_level')
    }
    if (ind.formula !== null) {
      const parsed = parseFormula(ind.formula)
      if (!parsed.ok) error('bad_formula', o, `formula "${ind.formula}" of ${ind.indicator_id}: ${parsed.error}`, 'formula')
      else {
        for (const ref of parsed.refs) {
          if (ref === ind.indicator_id) error('bad_formula', o, `formula of ${ind.indicator_id} refers to itself`, 'formula')
          else if (!indicators.has(ref)) error('bad_formula', o, `formula of ${ind.indicator_id} refers to unknown indicator "${ref}"`, 'formula')
        }
      }
    }
  }

  for (const ent of ds.entities) {
    const o = ent.origin
    if (!SNAKE_ID.test(ent.entity_id)) error('bad_id', o, `entity_id "${ent.entity_id}" is not ASCII snake_case`, 'entity_id')
    required(o, ent, ['name_zh', 'kind'])
    if (ent.kind !== '' && !isOneOf(ENTITY_KINDS, ent.kind)) error('unknown_kind', o, `kind "${ent.kind}" is not one of ${ENTITY_KINDS.join(', ')}`, 'kind')
    if (ent.parent_id !== null && !entities.has(ent.parent_id)) {
      error('unknown_entity', o, `parent_id "${ent.parent_id}" of ${ent.entity_id} is not a known entity`, 'parent_id')
    }
    // Follow parents: a cycle would hang every roll-up in the app.
    const seen = new Set([ent.entity_id])
    for (let p = ent.parent_id; p !== null; p = entities.get(p)?.parent_id ?? null) {
      if (seen.has(p)) {
        error('parent_cycle', o, `parent chain of ${ent.entity_id} loops back to ${p}`, 'parent_id')
        break
      }
      seen.add(p)
    }
  }

  const checkRefs = (o: Origin, row: { indicator_id: string; entity_id: string }): void => {
    if (row.indicator_id !== '' && !indicators.has(row.indicator_id)) {
      error('unknown_indicator', o, `indicator_id "${row.indicator_id}" is not a known indicator`, 'indicator_id')
    }
    if (row.entity_id !== '' && !entities.has(row.entity_id)) error('unknown_entity', o, `entity_id "${row.entity_id}" is not a known entity`, 'entity_id')
  }
  /** kind, same_goal_as and related (src/tracking/targetMeta.ts). */
  const checkTargetExtras = (t: CuratedDataset['targets'][number]): void => {
    if (t.kind !== null && !TARGET_KINDS.includes(t.kind)) error('unknown_kind', t.origin, `kind "${t.kind}" is not one of ${TARGET_KINDS.join(', ')} or empty`, 'kind')
    if (t.same_goal_as === t.target_id) error('bad_link', t.origin, `same_goal_as points at the target itself`, 'same_goal_as')
    for (const ref of (t.related ?? '').split('|').filter(Boolean)) {
      const [indicator_id = '', entity_id = t.entity_id] = ref.split('@')
      checkRefs(t.origin, { indicator_id, entity_id })
    }
  }
  const checkSource = (o: Origin, doc: string): void => {
    if (doc !== '' && !SEED_NAME.test(doc)) warn('odd_source_doc', o, `source_doc "${doc}" does not look like a seed file name (NNN_<16 hex>.txt)`, 'source_doc')
  }
  /** Percent within 0–100, counts and persons not negative. */
  const checkRange = (o: Origin, indicatorId: string, column: string, value: number | null): void => {
    const unit = indicators.get(indicatorId)?.unit
    if (value === null || unit === undefined) return
    if (unit === 'percent' && (value < 0 || value > 100)) error('out_of_range', o, `${column} ${value} of percent indicator ${indicatorId} is outside 0–100`, column)
    if (NON_NEGATIVE_UNITS.has(unit) && value < 0) error('out_of_range', o, `${column} ${value} of ${unit} indicator ${indicatorId} is negative`, column)
  }

  const targetIds = new Map<string, Origin>()
  for (const t of ds.targets) {
    const o = t.origin
    const first = targetIds.get(t.target_id)
    if (first) error('duplicate_key', o, `target_id "${t.target_id}" already used at ${where(first)}`, 'target_id')
    else targetIds.set(t.target_id, o)
    required(o, t, ['indicator_id', 'entity_id', 'comparator', 'source_doc', 'source_ref'])
    checkRefs(o, t)
    checkSource(o, t.source_doc)
    if (t.comparator !== '' && !isOneOf(COMPARATORS, t.comparator)) {
      error('unknown_comparator', o, `comparator "${t.comparator}" is not one of ${COMPARATORS.join(' ')}`, 'comparator')
    }
    if (t.binding !== null && !isOneOf(BINDINGS, t.binding)) error('unknown_binding', o, `binding "${t.binding}" is not one of ${BINDINGS.join(', ')} or empty`, 'binding')
    checkRange(o, t.indicator_id, 'target_value', t.target_value)
    checkRange(o, t.indicator_id, 'baseline_value', t.baseline_value)
    if ((t.baseline_year === null) !== (t.baseline_value === null)) {
      warn('half_baseline', o, `target ${t.target_id} has a baseline ${t.baseline_year === null ? 'value without a year' : 'year without a value'}`)
    }
    if (t.baseline_year !== null && t.baseline_year > t.target_year) {
      warn('baseline_after_target', o, `target ${t.target_id}: baseline_year ${t.baseline_year} is after target_year ${t.target_year}`)
    }
    checkTargetExtras(t)
  }
  // After every target_id is known: the links of one goal stated twice must resolve.
  for (const t of ds.targets) {
    if (t.same_goal_as !== null && !targetIds.has(t.same_goal_as)) {
      error('unknown_target', t.origin, `same_goal_as "${t.same_goal_as}" is not a known target_id`, 'same_goal_as')
    }
  }

  const obsKeys = new Map<string, Origin>()
  for (const ob of ds.observations) {
    const o = ob.origin
    const key = JSON.stringify([ob.indicator_id, ob.entity_id, ob.year, ob.source_doc, ob.source_ref])
    const first = obsKeys.get(key)
    if (first) {
      error('duplicate_key', o, `observation ${ob.indicator_id} / ${ob.entity_id} / ${ob.year} / ${ob.source_doc} / ${ob.source_ref} already at ${where(first)}`)
    } else obsKeys.set(key, o)
    required(o, ob, ['indicator_id', 'entity_id', 'source_doc', 'source_ref'])
    checkRefs(o, ob)
    checkSource(o, ob.source_doc)
    checkRange(o, ob.indicator_id, 'value', ob.value)
  }

  const sums = checkSums(ds, errors)
  const conflicts = findConflicts(ds.observations)
  const derived = checkDerived(ds)
  const issueOrder = byKeys<Issue>(
    (i) => i.file ?? '',
    (i) => i.line ?? 0,
    (i) => i.code,
    (i) => i.message,
  )
  errors.sort(issueOrder)
  warnings.sort(issueOrder)
  return {
    ok: errors.length === 0,
    folders: ds.folders,
    counts: {
      indicators: ds.indicators.length,
      entities: ds.entities.length,
      targets: ds.targets.length,
      observations: ds.observations.length,
      conflicts: conflicts.length,
      sums_checked: sums.length,
      sums_failed: sums.filter((s) => !s.adds_up).length,
      derived_checked: derived.length,
      derived_mismatches: derived.filter((d) => !d.within_tolerance).length,
      errors: errors.length,
      warnings: warnings.length,
    },
    errors,
    warnings,
    sums,
    conflicts,
    derived,
  }
}
