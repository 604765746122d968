// Engine start-up (issue 15; issue 16 defect 5): a slow start is waited for, not abandoned; a start
// that really failed (worker error, wasm not loaded) rejects, stops its engine, and a retry starts
// exactly one new engine.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Deferred = { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void }
function deferred(): Deferred {
  let resolve!: () => void
  let reject!: (e: unknown) => void
  const promise = new Promise<void>((res, rej) => { resolve = res; reject = rej })
  return { promise, resolve, reject }
}

/** Every fake engine created, in order, with the hooks a test drives. */
const engines: { instantiate: Deferred; terminated: boolean; worker: FakeWorker }[] = []

class FakeWorker extends EventTarget {
  terminated = false
  terminate() { this.terminated = true }
}

vi.mock('../../../src/db/bundles', () => ({
  pickBundle: async () => ({ mainModule: 'duckdb.wasm', mainWorker: 'duckdb.worker.js', pthreadWorker: null }),
}))

vi.mock('@duckdb/duckdb-wasm', () => {
  class AsyncDuckDB {
    private readonly record: (typeof engines)[number]
    constructor(_logger: unknown, worker: FakeWorker) {
      this.record = { instantiate: deferred(), terminated: false, worker }
      engines.push(this.record)
    }
    instantiate() { return this.record.instantiate.promise }
    async open() {}
    async connect() { return { query: async () => undefined } }
    async terminate() { this.record.terminated = true; this.record.worker.terminate() }
    async registerFileBuffer() {}
    async dropFile() {}
  }
  return { AsyncDuckDB, VoidLogger: class {} }
})

async function loadClient() {
  vi.resetModules()
  return import('../../../src/db/client')
}

const flush = () => new Promise((r) => setTimeout(r, 0))

beforeEach(() => {
  engines.length = 0
  vi.stubGlobal('Worker', FakeWorker)
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('engine start-up', () => {
  it('keeps waiting for a slow start instead of giving up after 30 s', async () => {
    const { getConnection } = await loadClient()
    vi.useFakeTimers()
    let settled: 'resolved' | 'rejected' | null = null
    getConnection().then(() => (settled = 'resolved'), () => (settled = 'rejected'))
    await vi.advanceTimersByTimeAsync(10 * 60_000) // ten minutes of compiling on a busy machine
    expect(settled).toBeNull()
    engines[0].instantiate.resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(settled).toBe('resolved')
    expect(engines).toHaveLength(1)
  })

  it('fails when the worker dies, and stops that engine', async () => {
    const { getConnection } = await loadClient()
    const conn = getConnection()
    await flush()
    engines[0].worker.dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' }))
    await expect(conn).rejects.toMatchObject({ kind: 'init', code: 'engine_start_failed' })
    expect(engines[0].terminated).toBe(true)
  })

  it('a retry after a failed start stops the first engine and starts exactly one more', async () => {
    const { getConnection, restartEngine } = await loadClient()
    const first = getConnection()
    await flush()
    engines[0].instantiate.reject(new Error('wasm did not load'))
    await expect(first).rejects.toMatchObject({ code: 'engine_start_failed' })
    expect(engines[0].terminated).toBe(true)

    // Another caller after the failure (a store loading late) gets the failure, not a new engine.
    await expect(getConnection()).rejects.toMatchObject({ code: 'engine_start_failed' })
    await flush()
    expect(engines).toHaveLength(1)

    restartEngine() // the user pressed 重试
    const retry = getConnection()
    const again = getConnection() // a second caller during the retry shares it
    await flush()
    expect(engines).toHaveLength(2)
    engines[1].instantiate.resolve()
    await expect(retry).resolves.toBeDefined()
    expect(again).toBe(retry)
    expect(engines[1].terminated).toBe(false)
  })

  it('says when its worker has been created, long before the engine is ready (main.ts then asks for the app)', async () => {
    const { getConnection, engineWorkerRequested } = await loadClient()
    let ready = false
    void getConnection().then(() => (ready = true))
    await engineWorkerRequested()
    expect(engines).toHaveLength(1)
    expect(ready).toBe(false) // the wasm is still compiling
  })

  it('reports its phases to late subscribers', async () => {
    const { getConnection, onEngineProgress } = await loadClient()
    const conn = getConnection()
    await flush()
    const seen: string[] = []
    const stop = onEngineProgress((p) => seen.push(p))
    engines[0].instantiate.resolve()
    await conn
    stop()
    expect(seen).toEqual(['instantiating', 'configuring', 'ready'])
  })
})
