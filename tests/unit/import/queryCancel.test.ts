// Cancelling a query stops it in the engine (src/db/query.ts): a query with a signal is started
// as a pending query (conn.send), and the abort calls cancelSent(), so the next query runs at
// once instead of after the old one. The connection here is a stand-in that behaves as
// DuckDB-WASM's does: one query at a time, a sent query ends only when finished or cancelled.
import { describe, expect, it, vi } from 'vitest'
import { tableFromArrays } from 'apache-arrow'

const log: string[] = []
let finishSent: (() => void) | null = null
const conn = {
  query: vi.fn(async (sql: string) => {
    log.push(`query ${sql}`)
    return tableFromArrays({ n: [1] })
  }),
  send: vi.fn((sql: string) => {
    log.push(`send ${sql}`)
    return new Promise((resolve, reject) => {
      // A long scan: resolves only if never cancelled, when the test says so.
      finishSent = () => resolve(tableFromArrays({ n: [2] }).batches[Symbol.iterator]())
      cancelSent = () => reject(new Error('INTERRUPT Error: Interrupted!'))
    })
  }),
  cancelSent: vi.fn(async () => {
    log.push('cancel')
    cancelSent()
    return true
  }),
}
let cancelSent: () => void = () => undefined
vi.mock('../../../src/db/client', () => ({ getConnection: async () => conn }))

const { queryRows } = await import('../../../src/db/query')

describe('queryArrow with a signal', () => {
  it('cancels the running query in the engine, and the next one starts right away', async () => {
    const scan = new AbortController()
    const slow = queryRows('SELECT count(*) FROM observations WHERE quote ILIKE ?', ['%x%'], scan.signal)
    await vi.waitFor(() => expect(conn.send).toHaveBeenCalled())
    // The value went in as a literal: a prepared statement could not be interrupted.
    expect(log[0]).toBe(`send SELECT count(*) FROM observations WHERE quote ILIKE '%x%'`)
    scan.abort()
    await expect(slow).rejects.toMatchObject({ kind: 'aborted' })
    expect(await queryRows('SELECT 1 AS n')).toEqual([{ n: 1 }])
    expect(log).toEqual([log[0], 'cancel', 'query SELECT 1 AS n'])
    expect(finishSent).not.toBeNull()
  })

  it('a query whose signal fired while it waited its turn never reaches the engine', async () => {
    log.length = 0
    const first = new AbortController()
    const running = queryRows('SELECT 2', [], first.signal)
    const waiting = new AbortController()
    const queued = queryRows('SELECT 3', [], waiting.signal)
    waiting.abort()
    await vi.waitFor(() => expect(log).toEqual(['send SELECT 2']))
    finishSent!()
    expect(await running).toEqual([{ n: 2 }])
    await expect(queued).rejects.toMatchObject({ kind: 'aborted' })
    expect(log).toEqual(['send SELECT 2'])
  })
})
