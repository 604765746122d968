// Saved scenarios survive a reload: one IndexedDB record (idb-keyval, own database so nothing
// else's keys can clash). What comes back is read one scenario at a time (src/scenarios/stored):
// the readable ones are used; what cannot be read is copied, as found, into a "set aside" list
// in the same database before anything is written over it. If even that copy cannot be made,
// the caller is told not to write at all.
import { get, set } from 'idb-keyval'
import { readStoredRecord, STORED_RECORD_VERSION, type SetAside, type Scenario } from '../scenarios'
import { recoveringStore } from '../storage/recoveringStore'

const KEY = 'saved'
/** Everything ever set aside, oldest first; nothing here is deleted by the app. */
const SET_ASIDE_KEY = 'set-aside'
let store: ReturnType<typeof recoveringStore> | null = null
const db = () => (store ??= recoveringStore('vet-monitor-scenarios', 'scenarios'))

export type LoadedScenarios =
  /** `setAside`: what this load found unreadable and kept aside (already stored safely). */
  | { ok: true; scenarios: Scenario[]; setAside: SetAside[] }
  /** Storage could not be read, or what was unreadable could not be kept: do not write. */
  | { ok: false; detail: string }

const describe = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err))

export async function loadSavedScenarios(): Promise<LoadedScenarios> {
  try {
    const read = readStoredRecord(await get(KEY, db()))
    if (read.setAside.length) {
      const before = ((await get(SET_ASIDE_KEY, db())) as unknown[] | undefined) ?? []
      const at = new Date().toISOString()
      await set(SET_ASIDE_KEY, [...(Array.isArray(before) ? before : [before]), ...read.setAside.map((s) => ({ ...s, at }))], db())
    }
    return { ok: true, ...read }
  } catch (err) {
    return { ok: false, detail: describe(err) }
  }
}

export async function saveScenarios(scenarios: readonly Scenario[]): Promise<void> {
  // Plain data only: a Vue proxy cannot be structured-cloned into IndexedDB.
  await set(KEY, { version: STORED_RECORD_VERSION, scenarios: JSON.parse(JSON.stringify(scenarios)) }, db())
}
