// Reading an idb-keyval store record by record, so one record that cannot be read (a value the
// browser cannot deserialise, a Blob whose backing file is gone) does not take the others with it,
// as a single getAll/entries() would. The caller decides what an unreadable record means; nothing
// here writes.
import { get, keys, type UseStore } from 'idb-keyval'

export interface ReadRecords {
  /** Records that could be read, in key order. */
  records: [IDBValidKey, unknown][]
  /** Keys whose value could not be read, with what the browser said. */
  unreadable: { key: IDBValidKey; detail: string }[]
}

const describe = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err))

/** Every record of the store; throws only when the store itself cannot be opened or listed. */
export async function readRecords(store: UseStore): Promise<ReadRecords> {
  const out: ReadRecords = { records: [], unreadable: [] }
  for (const key of await keys(store)) {
    try {
      out.records.push([key, await get(key, store)])
    } catch (err) {
      out.unreadable.push({ key, detail: describe(err) })
    }
  }
  return out
}
