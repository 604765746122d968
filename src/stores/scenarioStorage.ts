// Saved scenarios survive a reload: one IndexedDB record (idb-keyval, own database so nothing
// else's keys can clash). What comes back is validated like an imported file: a record another
// version or a broken write left behind is reported, never trusted.
import { createStore, get, set } from 'idb-keyval'
import { checkScenarioList, type Scenario } from '../scenarios'

const KEY = 'saved'
const RECORD_VERSION = 1
let store: ReturnType<typeof createStore> | null = null
const db = () => (store ??= createStore('vet-monitor-scenarios', 'scenarios'))

export type LoadedScenarios = { ok: true; scenarios: Scenario[] } | { ok: false; detail: string }

export async function loadSavedScenarios(): Promise<LoadedScenarios> {
  try {
    const record = (await get(KEY, db())) as { version?: unknown; scenarios?: unknown } | undefined
    if (record === undefined) return { ok: true, scenarios: [] }
    if (record?.version !== RECORD_VERSION) return { ok: false, detail: `stored record version ${String(record?.version)}` }
    const checked = checkScenarioList(record.scenarios)
    return checked.ok ? { ok: true, scenarios: checked.value } : { ok: false, detail: `${checked.error.path}: ${checked.error.detail}` }
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }
  }
}

export async function saveScenarios(scenarios: readonly Scenario[]): Promise<void> {
  // Plain data only: a Vue proxy cannot be structured-cloned into IndexedDB.
  await set(KEY, { version: RECORD_VERSION, scenarios: JSON.parse(JSON.stringify(scenarios)) }, db())
}
