import { describe, expect, it } from 'vitest'
import { readStoredRecord } from '../../../src/scenarios'

const s = (id: string, name: string) => ({ id, name, assumptions: [] })

describe('readStoredRecord: one bad saved scenario does not hide the others (issue 16, defect 8)', () => {
  it('keeps every readable scenario and sets the unreadable one aside as found', () => {
    const bad = { id: 'b', name: '', assumptions: [] }
    const read = readStoredRecord({ version: 1, scenarios: [s('a', 'A'), bad, s('c', 'C')] })
    expect(read.scenarios.map((x) => x.id)).toEqual(['a', 'c'])
    expect(read.setAside).toEqual([{ path: 'scenarios[1].name', detail: 'is empty', raw: bad }])
  })
  it('sets a second scenario with the same id aside instead of dropping both', () => {
    const read = readStoredRecord({ version: 1, scenarios: [s('a', 'A'), s('a', 'A2')] })
    expect(read.scenarios.map((x) => x.name)).toEqual(['A'])
    expect(read.setAside[0]).toMatchObject({ path: 'scenarios[1].id', raw: s('a', 'A2') })
  })
  it('keeps a whole record of another version aside untouched', () => {
    const record = { version: 2, scenarios: [s('a', 'A')] }
    expect(readStoredRecord(record)).toEqual({ scenarios: [], setAside: [{ path: 'record', detail: 'stored record version 2', raw: record }] })
    expect(readStoredRecord('junk').setAside[0].path).toBe('record')
  })
  it('reads nothing stored as an empty list', () => {
    expect(readStoredRecord(undefined)).toEqual({ scenarios: [], setAside: [] })
  })
})
