// Loaded imports survive a reload: the original files (as Blobs) and when/where they came
// from are kept in IndexedDB and replayed over the bundled data at start-up. The store reopens
// itself if the database goes away (src/storage/recoveringStore.ts) and is read record by record
// (src/storage/readRecords.ts): a record that cannot be used is set aside, never deleted and never
// written over, and the others still load. The start-up flags in localStorage are src/bootConfig.ts's.
import { del, delMany, keys, set, type UseStore } from 'idb-keyval'
import { recoveringStore } from '../../storage/recoveringStore'
import { readRecords } from '../../storage/readRecords'
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

/** A record that is readable but not an import is moved under this prefix, out of the replay's way. */
export const SET_ASIDE_PREFIX = 'set-aside:'

let store: UseStore | null = null
const db = () => (store ??= recoveringStore('vet-monitor-imports', 'imports'))
/** Keys the last listing could not read: never written over or deleted by the app. */
const unreadableKeys = new Set<string>()

function classify(err: unknown): StorageProblem {
  const name = err instanceof DOMException ? err.name : ''
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
  return new StorageProblem(name === 'QuotaExceededError' ? 'full' : name === 'DataError' || name === 'DataCloneError' ? 'corrupt' : 'unavailable', detail)
}

async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    throw err instanceof StorageProblem ? err : classify(err)
  }
}

export function isPersistedImport(v: unknown): v is PersistedImport {
  if (!v || typeof v !== 'object') return false
  const r = v as Partial<PersistedImport>
  return (
    typeof r.id === 'string' && typeof r.label === 'string' && typeof r.appliedAt === 'string' && Array.isArray(r.files) &&
    r.files.length > 0 && r.files.every((f) => f && typeof f.name === 'string' && f.blob instanceof Blob)
  )
}

/** Copy a record that is not an import aside, then remove the original (only once the copy is stored). */
async function setAside(key: string, raw: unknown): Promise<void> {
  try {
    await set(`${SET_ASIDE_PREFIX}${key}`, { key, at: new Date().toISOString(), raw }, db())
    await del(key, db())
  } catch {
    unreadableKeys.add(key) // could not be copied: it stays where it is, untouched
  }
}

/**
 * All stored imports, oldest first. `corrupt`: keys of records found unusable by this listing
 * (reported once; they are kept aside, not deleted). Throws only when storage cannot be read at all.
 */
export async function listPersisted(): Promise<{ imports: PersistedImport[]; corrupt: string[] }> {
  const { records, unreadable } = await guarded(() => readRecords(db()))
  const imports: PersistedImport[] = []
  const corrupt: string[] = []
  unreadableKeys.clear()
  for (const { key } of unreadable) {
    unreadableKeys.add(String(key))
    corrupt.push(String(key))
  }
  for (const [k, value] of records) {
    const key = String(k)
    if (key.startsWith(SET_ASIDE_PREFIX)) continue // set aside at an earlier start; already reported
    if (isPersistedImport(value) && value.id === key) imports.push(value)
    else {
      corrupt.push(key)
      await setAside(key, value)
    }
  }
  imports.sort((a, b) => a.appliedAt.localeCompare(b.appliedAt) || a.id.localeCompare(b.id))
  return { imports, corrupt }
}

/** Store (or update) one import; a key whose record could not be read is never written over. */
export async function savePersisted(record: PersistedImport): Promise<void> {
  if (unreadableKeys.has(record.id)) throw new StorageProblem('corrupt', `record ${record.id} could not be read; not overwritten`)
  await guarded(() => set(record.id, record, db()))
}

export async function removePersisted(id: string): Promise<void> {
  await guarded(() => del(id, db()))
}

/** Forget every stored import ("back to the bundled data"); what was set aside or unreadable stays. */
export async function clearPersisted(): Promise<void> {
  await guarded(async () => {
    const mine = (await keys(db())).filter((k) => !String(k).startsWith(SET_ASIDE_PREFIX) && !unreadableKeys.has(String(k)))
    await delMany(mine, db())
  })
}

