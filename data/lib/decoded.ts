// Arrow IPC copies of the bundled Parquet files, decoded at build time by the very code the
// browser would run (src/db/parquetDecode.ts): the app loads these at start instead of decoding
// the Parquet while DuckDB-WASM compiles (the two competed for the same two cores; issue 13).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { decodeParquet } from '../../src/db/parquetDecode'

/** Writes `<outDir>/decoded/<table>.arrow` for each table's `<outDir>/<table>.parquet`. */
export async function writeDecodedCopies(outDir: string, tables: readonly string[]): Promise<void> {
  mkdirSync(join(outDir, 'decoded'), { recursive: true })
  for (const table of tables) {
    const bytes = readFileSync(join(outDir, `${table}.parquet`))
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    const batches: Uint8Array[] = []
    const { cut } = await decodeParquet({ byteLength: buffer.byteLength, slice: async (s, e) => buffer.slice(s, e) }, (b) => void batches.push(b.ipc))
    // One row group per bundled file (data/lib/parquet.ts), and nothing the browser would cut.
    if (batches.length !== 1 || cut.length) throw new Error(`${table}: ${batches.length} row groups, ${cut.length} cut columns — expected 1 and 0`)
    writeFileSync(join(outDir, 'decoded', `${table}.arrow`), batches[0])
  }
}
