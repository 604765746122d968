// The bundled snapshot as the app reads it (src/queries/snapshot.ts): only the current shape is
// used, and a series read from it comes in the order DuckDB's query gives.
import { describe, expect, it } from 'vitest'
import { parseSnapshot, seriesFromInputs } from '../../../src/queries/snapshot'
import type { Observation } from '../../../src/types/contract'

const obs = (year: number, source_doc: string, source_ref: string | null, entity_id = 'ORD'): Observation =>
  ({ indicator_id: 'dual', entity_id, year, value: year - 2000, period_end: null, source_doc, source_ref, quote: null }) as unknown as Observation

const inputs = { indicators: [], entities: [], targets: [], observations: [obs(2024, 'd2', 't1'), obs(2023, 'd2', null), obs(2023, 'd2', 't9'), obs(2023, 'd1', 't5'), obs(2022, 'd1', 't1', 'BYN')] }

describe('parseSnapshot', () => {
  it('reads the current file: the inputs and the manifest facts', () => {
    const s = parseSnapshot({ dataset: 'bundled', facts: { headlines: ['T1', ' ', 'T1', 'T2'] }, inputs })
    expect(s?.inputs.observations).toHaveLength(5)
    expect(s?.complete).toBe(false)
    expect(s?.facts.headlines).toEqual(['T1', 'T2'])
  })

  it('carries the dataset name; a missing English name falls back to the Chinese one, a blank one to none', () => {
    expect(parseSnapshot({ dataset: 'bundled', name: { zh: '内蒙古', en: 'Inner Mongolia' }, facts: {}, inputs })?.name).toEqual({ zh: '内蒙古', en: 'Inner Mongolia' })
    expect(parseSnapshot({ dataset: 'bundled', name: { zh: '内蒙古' }, facts: {}, inputs })?.name).toEqual({ zh: '内蒙古', en: '内蒙古' })
    expect(parseSnapshot({ dataset: 'bundled', name: { zh: ' ' }, facts: {}, inputs })?.name).toBeNull()
    expect(parseSnapshot({ dataset: 'bundled', facts: {}, inputs })?.name).toBeNull()
  })

  it('says whether it holds every target', () => {
    expect(parseSnapshot({ dataset: 'bundled', complete: true, facts: {}, inputs })?.complete).toBe(true)
    expect(parseSnapshot({ dataset: 'bundled', complete: 'yes', facts: {}, inputs })?.complete).toBe(false)
  })

  it('ignores an older headline-only file, another dataset and anything that is not a snapshot', () => {
    expect(parseSnapshot({ dataset: 'bundled', indicators: [], entities: [], targets: [], observations: [] })).toBeNull()
    expect(parseSnapshot({ dataset: 'other', facts: {}, inputs })).toBeNull()
    expect(parseSnapshot({ dataset: 'bundled', facts: {}, inputs: { ...inputs, targets: 'x' } })).toBeNull()
    expect(parseSnapshot(null)).toBeNull()
    expect(parseSnapshot('bundled')).toBeNull()
  })

  it('a malformed facts entry is left out, the rows stay', () => {
    const s = parseSnapshot({ dataset: 'bundled', facts: 'oops', inputs })
    expect(s?.facts).toEqual({})
    expect(s?.inputs.targets).toEqual([])
  })
})

describe('seriesFromInputs', () => {
  it('one series, ordered by year, document and table as DuckDB orders them (no table last)', () => {
    const rows = seriesFromInputs(inputs as never, 'dual', 'ORD')
    expect(rows.map((r) => `${r.year} ${r.source_doc} ${r.source_ref}`)).toEqual(['2023 d1 t5', '2023 d2 t9', '2023 d2 null', '2024 d2 t1'])
  })

  it('does not reorder the snapshot itself', () => {
    seriesFromInputs(inputs as never, 'dual', 'ORD')
    expect(inputs.observations[0].year).toBe(2024)
  })
})
