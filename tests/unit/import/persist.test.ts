// Stored imports (src/db/import/persist.ts) in a real IndexedDB implementation (fake-indexeddb):
// readable records load, an unusable one is set aside (never deleted, never written over), a failed
// replay's mark is kept with the files, and a database deleted under the page is reopened.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createStore, entries, set } from 'idb-keyval'
import type * as Persist from '../../../src/db/import/persist'

/** Keys whose value the browser "cannot read" (as a Blob whose backing file is gone). */
const broken = new Set<string>()
vi.mock('idb-keyval', async (original) => {
  const real = await original<typeof import('idb-keyval')>()
  return {
    ...real,
    get: (key: IDBValidKey, store?: Parameters<typeof real.get>[1]) =>
      broken.has(String(key)) ? Promise.reject(new DOMException('The file could not be read', 'NotReadableError')) : real.get(key, store),
  }
})

let persist: typeof Persist
const raw = () => createStore('vet-monitor-imports', 'imports')
const rec = (id: string, appliedAt: string, extra: Partial<Persist.PersistedImport> = {}): Persist.PersistedImport => ({
  id, label: `${id}.csv`, source: 'file', appliedAt, files: [{ name: `${id}.csv`, blob: new Blob([`indicator_id\n${id}\n`]) }], ...extra,
})

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory() // an empty browser profile per test
  broken.clear()
  vi.resetModules()
  persist = await import('../../../src/db/import/persist')
})

describe('stored imports', () => {
  it('come back oldest first, files intact', async () => {
    await persist.savePersisted(rec('b', '2026-02-01T00:00:00Z'))
    await persist.savePersisted(rec('a', '2026-01-01T00:00:00Z'))
    const { imports, corrupt } = await persist.listPersisted()
    expect(imports.map((r) => r.id)).toEqual(['a', 'b'])
    expect(corrupt).toEqual([])
    expect(await imports[0].files[0].blob.text()).toBe('indicator_id\na\n')
  })

  it('a failed replay keeps the record, files and all, marked as not applied', async () => {
    await persist.savePersisted(rec('a', '2026-01-01T00:00:00Z'))
    const [stored] = (await persist.listPersisted()).imports
    await persist.savePersisted({ ...stored, trouble: { reason: 'failed', detail: 'parquet_unreadable' } })
    const [again] = (await persist.listPersisted()).imports
    expect(again.trouble).toEqual({ reason: 'failed', detail: 'parquet_unreadable' })
    expect(await again.files[0].blob.text()).toBe('indicator_id\na\n')
  })

  it('a record of the wrong shape is set aside as found; the others load; reset leaves it', async () => {
    await persist.savePersisted(rec('good', '2026-01-01T00:00:00Z'))
    const odd = { id: 'odd', label: '', files: 'not a list' }
    await set('odd', odd, raw())
    const first = await persist.listPersisted()
    expect(first.imports.map((r) => r.id)).toEqual(['good'])
    expect(first.corrupt).toEqual(['odd'])
    const kept = new Map(await entries(raw()))
    expect(kept.get('odd')).toBeUndefined()
    expect(kept.get('set-aside:odd')).toMatchObject({ key: 'odd', raw: odd })
    // Reported once: it is aside now, out of the replay's way.
    expect((await persist.listPersisted()).corrupt).toEqual([])
    await persist.clearPersisted()
    expect((await entries(raw())).map(([k]) => k)).toEqual(['set-aside:odd'])
  })

  it('a record that cannot be read is left where it is: not loaded, not overwritten, not cleared', async () => {
    await persist.savePersisted(rec('good', '2026-01-01T00:00:00Z'))
    await persist.savePersisted(rec('lost', '2026-01-02T00:00:00Z'))
    broken.add('lost')
    const { imports, corrupt } = await persist.listPersisted()
    expect(imports.map((r) => r.id)).toEqual(['good'])
    expect(corrupt).toEqual(['lost'])
    await expect(persist.savePersisted(rec('lost', '2026-03-01T00:00:00Z'))).rejects.toMatchObject({ kind: 'corrupt' })
    await persist.clearPersisted()
    broken.clear()
    const left = await entries(raw())
    expect(left.map(([k]) => k)).toEqual(['lost'])
    expect((left[0][1] as Persist.PersistedImport).appliedAt).toBe('2026-01-02T00:00:00Z') // as it was written
  })

  it('a database deleted under the page is reopened, not "unavailable" for ever', async () => {
    await persist.savePersisted(rec('a', '2026-01-01T00:00:00Z'))
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase('vet-monitor-imports')
      req.onsuccess = () => resolve()
      req.onerror = () => reject(req.error)
    })
    expect((await persist.listPersisted()).imports).toEqual([])
    await persist.savePersisted(rec('b', '2026-01-02T00:00:00Z'))
    expect((await persist.listPersisted()).imports.map((r) => r.id)).toEqual(['b'])
  })
})
