// Owns the one DuckDB-WASM instance: started lazily, exactly once, in its Web Worker.
//
// Start-up has no deadline. On a slow office PC, or a laptop busy with other work, the 34 MB wasm
// can take minutes to compile; giving up after a fixed time would leave a dead dashboard while the
// engine was about to arrive. So we keep waiting and report progress (phase + elapsed time, shown by
// EngineStatus), and fail only when start-up really failed: the worker died (an `error` event,
// which DuckDB itself swallows, leaving its promises pending for ever) or a step rejected (the wasm
// did not load or compile). A failed engine is terminated before anything can start another one.
import * as duckdb from '@duckdb/duckdb-wasm'
import { pickBundle } from './bundles'
import { DbError, toDbError } from './errors'

let started: Promise<duckdb.AsyncDuckDBConnection> | null = null
let database: duckdb.AsyncDuckDB | null = null

export type EngineProgress = 'fetching' | 'instantiating' | 'configuring' | 'ready'

// The engine may be started before any UI exists (see main.ts), so progress is a
// subscription that replays the latest phase to late subscribers.
let lastPhase: EngineProgress = 'fetching'
let startedAt = 0
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

/** When the current (or last) start-up attempt began, as `performance.now()`; 0 before any. */
export function engineStartedAt(): number {
  return startedAt
}

let failed = false

let workerCreated: () => void = () => undefined
const workerRequested = new Promise<void>((resolve) => (workerCreated = resolve))

/**
 * Resolves once the engine's worker has been created (its 770 KB script requested), or its start
 * failed. main.ts asks for the app's chunks after this: asked for before it, they took the
 * browser's six connections and the worker script waited behind them (measured ~100 ms).
 */
export function engineWorkerRequested(): Promise<void> {
  return workerRequested
}

/**
 * Start DuckDB (once) and return its connection. A failed start stays failed for every caller
 * until `restartEngine()`: otherwise the next store to ask would quietly start a second attempt
 * behind the error panel the user is reading.
 */
export function getConnection(): Promise<duckdb.AsyncDuckDBConnection> {
  started ??= startEngine(report).catch((err) => {
    workerCreated()
    failed = true // the failed engine is already stopped
    throw toDbError(err, 'init', 'engine_start_failed')
  })
  return started
}

/** The user asked to retry: after a failed start, the next `getConnection()` starts one new engine. */
export function restartEngine(): void {
  if (!failed) return
  failed = false
  started = null
}

async function startEngine(onProgress: (p: EngineProgress) => void): Promise<duckdb.AsyncDuckDBConnection> {
  startedAt = performance.now()
  onProgress('fetching')
  const bundle = await pickBundle()
  const worker = new Worker(bundle.mainWorker!)
  workerCreated()
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker)
  const died = workerDeath(worker)
  try {
    const conn = await Promise.race([died.promise, openDatabase(db, bundle, onProgress)])
    database = db
    onProgress('ready')
    return conn
  } catch (err) {
    // Stop this engine before anyone can start another: two live engines would double the memory
    // and leave the first worker compiling in the background.
    await db.terminate().catch(() => undefined)
    throw err
  } finally {
    died.stop()
  }
}

async function openDatabase(
  db: duckdb.AsyncDuckDB,
  bundle: duckdb.DuckDBBundle,
  onProgress: (p: EngineProgress) => void,
): Promise<duckdb.AsyncDuckDBConnection> {
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
  return conn
}

/** A promise that rejects when the worker reports an error (failed to load, crashed). */
function workerDeath(worker: Worker): { promise: Promise<never>; stop: () => void } {
  let onError: (e: Event) => void = () => undefined
  const promise = new Promise<never>((_, reject) => {
    onError = (e: Event) => {
      const message = 'message' in e && typeof e.message === 'string' ? e.message : ''
      reject(new DbError('init', 'engine_start_failed', {}, `worker error${message ? `: ${message}` : ''}`))
    }
    worker.addEventListener('error', onError)
  })
  return { promise, stop: () => worker.removeEventListener('error', onError) }
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
