// Reading the saved-scenarios record one scenario at a time: one unreadable scenario (a blank
// name written by another version, a broken write) must not hide the readable ones. What cannot
// be read is returned as it was found, so the caller can keep it aside instead of writing over it.
import { checkScenario } from './validate'
import type { Scenario } from './model'

/** Version of the IndexedDB record; another version is kept aside whole, never reinterpreted. */
export const STORED_RECORD_VERSION = 1

/** Something from storage that could not be read, kept as found. */
export interface SetAside {
  /** Where in the record it was ('record' = the whole record). */
  path: string
  /** What is wrong with it (validator wording, shown as technical detail). */
  detail: string
  /** The value exactly as read from storage. */
  raw: unknown
}

export interface StoredRead {
  scenarios: Scenario[]
  setAside: SetAside[]
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Split a stored record into the scenarios that read cleanly and what has to be kept aside. */
export function readStoredRecord(record: unknown): StoredRead {
  if (record === undefined) return { scenarios: [], setAside: [] }
  if (!isObject(record) || record.version !== STORED_RECORD_VERSION || !Array.isArray(record.scenarios)) {
    const detail = !isObject(record)
      ? 'the record is not an object'
      : record.version !== STORED_RECORD_VERSION
        ? `stored record version ${String(record.version)}`
        : 'the record has no list of scenarios'
    return { scenarios: [], setAside: [{ path: 'record', detail, raw: record }] }
  }
  const scenarios: Scenario[] = []
  const setAside: SetAside[] = []
  const ids = new Set<string>()
  record.scenarios.forEach((raw, i) => {
    const path = `scenarios[${i}]`
    const checked = checkScenario(raw, undefined, path)
    if (!checked.ok) setAside.push({ path: checked.error.path, detail: checked.error.detail, raw })
    else if (ids.has(checked.value.id)) setAside.push({ path: `${path}.id`, detail: `id "${checked.value.id}" given twice`, raw })
    else {
      ids.add(checked.value.id)
      scenarios.push(checked.value)
    }
  })
  return { scenarios, setAside }
}
