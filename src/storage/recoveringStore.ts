// An idb-keyval store that recovers when its database goes away under it. idb-keyval's own
// createStore caches the first connection for the life of the page: if the user (or devtools,
// or the browser under storage pressure) deletes the database, every later call fails with
// "The database connection is closing" or "object store not found" until a reload — storage
// then reads as "unavailable" for ever. Here the connection closes itself when another tab or
// a deletion asks (versionchange), is dropped on any failure, and the next call reopens it,
// creating the object store again if it is missing.
import type { UseStore } from 'idb-keyval'

function open(dbName: string, storeName: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? indexedDB.open(dbName) : indexedDB.open(dbName, version)
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(storeName)) req.result.createObjectStore(storeName)
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error(`indexedDB.open(${dbName}) failed`))
    req.onblocked = () => reject(new DOMException(`opening ${dbName} is blocked by another tab`, 'InvalidStateError'))
  })
}

export function recoveringStore(dbName: string, storeName: string): UseStore {
  let connection: Promise<IDBDatabase> | null = null

  async function connect(): Promise<IDBDatabase> {
    let db = await open(dbName, storeName)
    if (!db.objectStoreNames.contains(storeName)) {
      // The database exists without our store (deleted by hand): a version step recreates it.
      const next = db.version + 1
      db.close()
      db = await open(dbName, storeName, next)
    }
    const forget = () => {
      db.close()
      connection = null
    }
    db.onversionchange = forget // let a deletion or an upgrade elsewhere go through
    db.onclose = () => (connection = null) // closed by the browser
    return db
  }

  return async (txMode, callback) => {
    // Two attempts: the first may run on a connection that was closed since the last call.
    for (let attempt = 0; ; attempt++) {
      try {
        const db = await (connection ??= connect())
        return await callback(db.transaction(storeName, txMode).objectStore(storeName))
      } catch (err) {
        connection = null
        if (attempt >= 1) throw err
      }
    }
  }
}
