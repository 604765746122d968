// Checks a scenario (from a file, a link or storage) before anything is changed: the first
// problem is reported with the path of the field and what is wrong, so the message can name it.
import {
  LIMITS,
  SCENARIO_FILE_FORMAT,
  SCENARIO_FILE_VERSION,
  type Assumption,
  type AnnualChange,
  type Scenario,
  type ScenarioFile,
  type YearValue,
} from './model'
import { stripBidiControls } from '../text/names'

export type ScenarioErrorCode =
  | 'not_json' // not parseable JSON
  | 'foreign' // JSON, but not a scenario file of this dashboard
  | 'version' // a newer (or unknown) version of the format
  | 'invalid' // a field is missing or has the wrong type or range
  | 'duplicate' // two scenarios share an id, or an assumption is given twice
  | 'unknown_ref' // refers to an indicator or entity the loaded data does not have

export interface ScenarioError {
  code: ScenarioErrorCode
  /** Where, e.g. `scenarios[0].assumptions[2].change.amount`. */
  path: string
  /** What is wrong there, in English (technical detail; the UI words the code). */
  detail: string
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: ScenarioError }

/** What the loaded data knows, to reject references to foreign indicators or entities. */
export interface KnownIds {
  indicators: ReadonlySet<string>
  entities: ReadonlySet<string>
}

class Invalid extends Error {
  constructor(readonly error: ScenarioError) {
    super(`${error.path}: ${error.detail}`)
  }
}
const fail = (code: ScenarioErrorCode, path: string, detail: string): never => {
  throw new Invalid({ code, path, detail })
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function str(v: unknown, path: string, max: number, pattern?: RegExp): string {
  if (typeof v !== 'string') return fail('invalid', path, `expected text, found ${kind(v)}`)
  const s = v.trim()
  if (s.length === 0) return fail('invalid', path, 'is empty')
  if (s.length > max) return fail('invalid', path, `longer than ${max} characters`)
  if (pattern && !pattern.test(s)) return fail('invalid', path, `"${s.slice(0, 40)}" is not a valid id`)
  return s
}

function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail('invalid', path, `expected a number, found ${kind(v)}`)
  return v
}

function year(v: unknown, path: string): number {
  const y = num(v, path)
  if (!Number.isInteger(y) || y < LIMITS.minYear || y > LIMITS.maxYear) return fail('invalid', path, `${y} is not a year between ${LIMITS.minYear} and ${LIMITS.maxYear}`)
  return y
}

function array(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) return fail('invalid', path, `expected a list, found ${kind(v)}`)
  if (v.length > max) return fail('invalid', path, `more than ${max} entries`)
  return v
}

function kind(v: unknown): string {
  if (v === null) return 'null'
  if (v === undefined) return 'nothing'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v)
  return typeof v === 'string' ? `text "${v.slice(0, 20)}"` : typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`
}

const ID = /^[A-Za-z0-9_-]+$/
const REF = /^[A-Za-z0-9_.:-]+$/

function change(v: unknown, path: string): AnnualChange | null {
  if (v === null || v === undefined) return null
  if (!isObject(v)) return fail('invalid', path, `expected an object, found ${kind(v)}`)
  if (v.mode !== 'absolute' && v.mode !== 'percent') return fail('invalid', `${path}.mode`, `expected "absolute" or "percent", found ${kind(v.mode)}`)
  const amount = num(v.amount, `${path}.amount`)
  if (v.mode === 'percent' && amount <= -100) return fail('invalid', `${path}.amount`, 'a yearly fall of 100 % or more')
  return { mode: v.mode, amount, from_year: year(v.from_year, `${path}.from_year`) }
}

function values(v: unknown, path: string): YearValue[] {
  if (v === null || v === undefined) return []
  const out = array(v, path, LIMITS.values).map((e, i) => {
    if (!isObject(e)) return fail('invalid', `${path}[${i}]`, `expected an object, found ${kind(e)}`)
    return { year: year(e.year, `${path}[${i}].year`), value: num(e.value, `${path}[${i}].value`) }
  })
  const seen = new Set<number>()
  out.forEach((e, i) => (seen.has(e.year) ? fail('duplicate', `${path}[${i}].year`, `year ${e.year} given twice`) : seen.add(e.year)))
  return out.sort((a, b) => a.year - b.year)
}

function assumption(v: unknown, path: string, known?: KnownIds): Assumption {
  if (!isObject(v)) return fail('invalid', path, `expected an object, found ${kind(v)}`)
  const indicator_id = str(v.indicator_id, `${path}.indicator_id`, 200, REF)
  const entity_id = str(v.entity_id, `${path}.entity_id`, 200, REF)
  if (known && !known.indicators.has(indicator_id)) fail('unknown_ref', `${path}.indicator_id`, `indicator "${indicator_id}" is not in the loaded data`)
  if (known && !known.entities.has(entity_id)) fail('unknown_ref', `${path}.entity_id`, `entity "${entity_id}" is not in the loaded data`)
  return { indicator_id, entity_id, change: change(v.change, `${path}.change`), values: values(v.values, `${path}.values`) }
}

function scenarioAt(v: unknown, path: string, known?: KnownIds): Scenario {
  if (!isObject(v)) return fail('invalid', path, `expected an object, found ${kind(v)}`)
  const id = str(v.id, `${path}.id`, LIMITS.id, ID)
  // Bidi controls would reorder the banner and narratives around the name (issue 16): dropped.
  const name = stripBidiControls(str(v.name, `${path}.name`, LIMITS.name))
  if (!name.trim()) fail('invalid', `${path}.name`, 'is empty')
  const assumptions = array(v.assumptions, `${path}.assumptions`, LIMITS.assumptions).map((a, i) => assumption(a, `${path}.assumptions[${i}]`, known))
  const seen = new Set<string>()
  assumptions.forEach((a, i) => {
    const key = `${a.indicator_id}\u0000${a.entity_id}`
    if (seen.has(key)) fail('duplicate', `${path}.assumptions[${i}]`, `${a.indicator_id} / ${a.entity_id} given twice`)
    seen.add(key)
  })
  return { id, name, assumptions }
}

function run<T>(f: () => T): Checked<T> {
  try {
    return { ok: true, value: f() }
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.error }
    throw e
  }
}

/** One scenario object (from storage or a link). */
export function checkScenario(v: unknown, known?: KnownIds, path = 'scenario'): Checked<Scenario> {
  return run(() => scenarioAt(v, path, known))
}

/** A list of scenarios (the URL's compared ones, storage). */
export function checkScenarioList(v: unknown, known?: KnownIds, path = 'scenarios'): Checked<Scenario[]> {
  return run(() => {
    const list = array(v, path, LIMITS.scenarios).map((s, i) => scenarioAt(s, `${path}[${i}]`, known))
    const ids = new Set<string>()
    list.forEach((s, i) => (ids.has(s.id) ? fail('duplicate', `${path}[${i}].id`, `id "${s.id}" given twice`) : ids.add(s.id)))
    return list
  })
}

/** The text of an exported file: the whole file is checked before anything is imported. */
export function parseScenarioFile(text: string, known?: KnownIds): Checked<ScenarioFile> {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    return { ok: false, error: { code: 'not_json', path: '', detail: (e as Error).message } }
  }
  if (!isObject(data) || data.format !== SCENARIO_FILE_FORMAT) {
    return { ok: false, error: { code: 'foreign', path: 'format', detail: `expected format "${SCENARIO_FILE_FORMAT}", found ${isObject(data) ? kind(data.format) : kind(data)}` } }
  }
  if (data.version !== SCENARIO_FILE_VERSION) {
    return { ok: false, error: { code: 'version', path: 'version', detail: `version ${kind(data.version)} is not supported (this dashboard reads version ${SCENARIO_FILE_VERSION})` } }
  }
  const list = checkScenarioList(data.scenarios, known)
  if (!list.ok) return list
  return {
    ok: true,
    value: {
      format: SCENARIO_FILE_FORMAT,
      version: SCENARIO_FILE_VERSION,
      notice: typeof data.notice === 'string' ? data.notice : '',
      exported_at: typeof data.exported_at === 'string' ? data.exported_at : '',
      scenarios: list.value,
    },
  }
}
