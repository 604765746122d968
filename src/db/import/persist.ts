// Loaded imports survive a reload: the original files (as Blobs) and when/where they came
// from are kept in IndexedDB and replayed over the bundled data at start-up.
// localStorage `vet-monitor:user-data` = '1' tells the start-up code (before DuckDB runs)
// not to show figures from the bundled snapshot.
import { clear, createStore, del, entries, set } from 'idb-keyval'
import { USER_DATA_FLAG } from '../../bootConfig'
import type { ImportFile } from './types'
import type { DatasetFacts } from '../../types/datasetFacts'

export interface PersistedImport {
  id: string
  /** What the user would recognise: the file names or the URL. */
  label: string
  source: 'file' | 'url'
  /** ISO date-time of apply. */
  appliedAt: string
  files: ImportFile[]
  /** 'replace': a whole dataset from a link, replacing the bundled tables (absent in older records: merge). */
  mode?: 'merge' | 'replace'
  /** A whole dataset's own name (shown with the mark that it is not the bundled data). */
  datasetName?: { zh: string; en: string }
  /** …and its headline targets and document titles (contract v1.2). */
  datasetFacts?: DatasetFacts
  /** Set when the last replay failed, was slow or never finished: the next start asks before running it. */
  trouble?: ReplayTrouble
}

export interface ReplayTrouble {
  reason: 'failed' | 'slow' | 'interrupted'
  seconds?: number
  detail?: string
}

export class StorageProblem extends Error {
  constructor(readonly kind: 'full' | 'corrupt' | 'unavailable', detail: string) {
    super(detail)
  }
}

let store: ReturnType<typeof createStore> | null = null
const db = () => (store ??= createStore('vet-monitor-imports', 'imports'))

function classify(err: unknown): StorageProblem {
  const name = err instanceof DOMException ? err.name : ''
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
  return new StorageProblem(name === 'QuotaExceededError' ? 'full' : name === 'DataError' || name === 'DataCloneError' ? 'corrupt' : 'unavailable', detail)
}

export function isPersistedImport(v: unknown): v is PersistedImport {
  if (!v || typeof v !== 'object') return false
  const r = v as Partial<PersistedImport>
  return (
    typeof r.id === 'string' && typeof r.label === 'string' && typeof r.appliedAt === 'string' && Array.isArray(r.files) &&
    r.files.length > 0 && r.files.every((f) => f && typeof f.name === 'string' && f.blob instanceof Blob)
  )
}

/** All stored imports, oldest first; records that are not readable are returned apart. */
export async function listPersisted(): Promise<{ imports: PersistedImport[]; corrupt: string[] }> {
  let all: [IDBValidKey, unknown][]
  try {
    all = await entries(db())
  } catch (err) {
    throw classify(err)
  }
  const imports: PersistedImport[] = []
  const corrupt: string[] = []
  for (const [key, value] of all) {
    if (isPersistedImport(value)) imports.push(value)
    else corrupt.push(String(key))
  }
  imports.sort((a, b) => a.appliedAt.localeCompare(b.appliedAt) || a.id.localeCompare(b.id))
  return { imports, corrupt }
}

export async function savePersisted(record: PersistedImport): Promise<void> {
  try {
    await set(record.id, record, db())
  } catch (err) {
    throw classify(err)
  }
  setUserDataFlag(true)
}

export async function removePersisted(id: string): Promise<void> {
  try {
    await del(id, db())
  } catch (err) {
    throw classify(err)
  }
}

export async function clearPersisted(): Promise<void> {
  setUserDataFlag(false)
  try {
    await clear(db())
  } catch (err) {
    throw classify(err)
  }
}

export function setUserDataFlag(on: boolean): void {
  try {
    if (on) localStorage.setItem(USER_DATA_FLAG, '1')
    else localStorage.removeItem(USER_DATA_FLAG)
  } catch {
    /* private mode: the snapshot rule then errs on the side of the bundled data only */
  }
}

/** Which stored import is being replayed right now: still set at the next start means the page froze or crashed on it. */
const REPLAYING_KEY = 'vet-monitor:replaying'

export function markReplaying(id: string | null): void {
  try {
    if (id) localStorage.setItem(REPLAYING_KEY, id)
    else localStorage.removeItem(REPLAYING_KEY)
  } catch {
    /* private mode: a freeze then cannot be told apart; the slow-replay flag still applies */
  }
}

export function interruptedReplay(): string | null {
  try {
    return localStorage.getItem(REPLAYING_KEY)
  } catch {
    return null
  }
}
