// Owns the one DuckDB-WASM instance: started lazily, exactly once, in its Web Worker.
import * as duckdb from '@duckdb/duckdb-wasm'
import { pickBundle } from './bundles'
import { DbError, toDbError } from './errors'

const START_TIMEOUT_MS = 30_000

let started: Promise<duckdb.AsyncDuckDBConnection> | null = null
let database: duckdb.AsyncDuckDB | null = null

export type EngineProgress = 'fetching' | 'instantiating' | 'configuring' | 'ready'

// The engine may be started before any UI exists (see main.ts), so progress is a
// subscription that replays the latest phase to late subscribers.
let lastPhase: EngineProgress = 'fetching'
const listeners = new Set<(p: EngineProgress) => void>()
function report(p: EngineProgress) {
  lastPhase = p
  listeners.forEach((l) => l(p))
}

/** Follow the engine's start-up; returns an unsubscribe function. */
export function onEngineProgress(listener: (p: EngineProgress) => void): () => void {
  listeners.add(listener)
  listener(lastPhase)
  return () => listeners.delete(listener)
}

/** Start DuckDB (once) and return its connection. */
export function getConnection(): Promise<duckdb.AsyncDuckDBConnection> {
  started ??= withTimeout(startEngine(report), START_TIMEOUT_MS).catch((err) => {
    started = null // allow a retry after a failed start
    throw toDbError(err, 'init', 'engine_start_failed')
  })
  return started
}

async function startEngine(onProgress: (p: EngineProgress) => void): Promise<duckdb.AsyncDuckDBConnection> {
  onProgress('fetching')
  const bundle = await pickBundle()
  const worker = new Worker(bundle.mainWorker!)
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker)
  database = db
  onProgress('instantiating')
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker)
  await db.open({
    // Callers get plain numbers, never BigInt or Decimal objects.
    query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true },
    allowUnsignedExtensions: false,
  })
  onProgress('configuring')
  const conn = await db.connect()
  // Never reach for the extension server: the app must work offline (Parquet is decoded by hyparquet).
  await conn.query(`SET autoinstall_known_extensions = false`)
  await conn.query(`SET autoload_known_extensions = false`)
  onProgress('ready')
  return conn
}

/** Make bytes readable by SQL as file `name` (e.g. for read_csv); the buffer is transferred. */
export async function registerFileBuffer(name: string, bytes: Uint8Array): Promise<void> {
  await getConnection()
  await database!.registerFileBuffer(name, bytes)
}

/** Forget a file registered with registerFileBuffer. */
export async function dropFile(name: string): Promise<void> {
  await database?.dropFile(name)
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DbError('init', 'engine_timeout', { seconds: ms / 1000 })), ms)
    p.then(
      (v) => { clearTimeout(timer); resolve(v) },
      (e) => { clearTimeout(timer); reject(e) },
    )
  })
}
