import { describe, expect, it } from 'vitest'
import {
  decodeScenario,
  decodeScenarioList,
  encodeScenario,
  encodeScenarioList,
  parseScenarioFile,
  scenarioFile,
  SCENARIO_NOTICE,
  type Scenario,
} from '../../../src/scenarios'

const good: Scenario = {
  id: 'abc123',
  name: '每年新增认定双师型教师200人 <b>&',
  assumptions: [
    { indicator_id: 'dq_teachers', entity_id: 'ordos', change: { mode: 'absolute', amount: 200, from_year: 2025 }, values: [] },
    { indicator_id: 'specialty_teachers', entity_id: 'ordos', change: null, values: [{ year: 2021, value: 3000 }] },
  ],
}
const fileText = (over: Record<string, unknown> = {}) => JSON.stringify({ ...scenarioFile([good], new Date('2026-01-02T00:00:00Z')), ...over })

describe('scenario file', () => {
  it('round-trips and carries the "not actual data" notice', () => {
    const r = parseScenarioFile(fileText())
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.scenarios).toEqual([good])
    expect(r.value.notice).toBe(SCENARIO_NOTICE)
    expect(r.value.version).toBe(1)
  })

  it.each([
    ['truncated JSON', fileText().slice(0, 40), 'not_json', ''],
    ['not JSON at all', 'PAR1\u0000\u0001', 'not_json', ''],
    ['JSON of something else', JSON.stringify({ indicators: [] }), 'foreign', 'format'],
    ['a bare list', JSON.stringify([good]), 'foreign', 'format'],
    ['a newer version', fileText({ version: 2 }), 'version', 'version'],
    ['scenarios missing', fileText({ scenarios: undefined }), 'invalid', 'scenarios'],
  ])('rejects %s', (_name, text, code, path) => {
    const r = parseScenarioFile(text)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe(code)
    expect(r.error.path).toBe(path)
  })

  it('names the field that is wrong', () => {
    const bad = JSON.parse(fileText())
    bad.scenarios[0].assumptions[0].change.amount = 'lots'
    const r = parseScenarioFile(JSON.stringify(bad))
    expect(r.ok ? null : r.error).toMatchObject({ code: 'invalid', path: 'scenarios[0].assumptions[0].change.amount', detail: expect.stringContaining('text "lots"') })

    const year = JSON.parse(fileText())
    year.scenarios[0].assumptions[1].values[0].year = 20210
    expect(parseScenarioFile(JSON.stringify(year))).toMatchObject({ ok: false, error: { path: 'scenarios[0].assumptions[1].values[0].year' } })

    const mode = JSON.parse(fileText())
    mode.scenarios[0].assumptions[0].change.mode = 'compound'
    expect(parseScenarioFile(JSON.stringify(mode))).toMatchObject({ ok: false, error: { path: 'scenarios[0].assumptions[0].change.mode' } })

    const fall = JSON.parse(fileText())
    fall.scenarios[0].assumptions[0].change = { mode: 'percent', amount: -100, from_year: 2025 }
    expect(parseScenarioFile(JSON.stringify(fall))).toMatchObject({ ok: false, error: { code: 'invalid' } })

    const id = JSON.parse(fileText())
    id.scenarios[0].id = '<script>'
    expect(parseScenarioFile(JSON.stringify(id))).toMatchObject({ ok: false, error: { path: 'scenarios[0].id' } })
  })

  it('rejects duplicates and references the loaded data does not have', () => {
    expect(parseScenarioFile(fileText({ scenarios: [good, good] }))).toMatchObject({ ok: false, error: { code: 'duplicate', path: 'scenarios[1].id' } })
    const twice = { ...good, assumptions: [good.assumptions[0], good.assumptions[0]] }
    expect(parseScenarioFile(fileText({ scenarios: [twice] }))).toMatchObject({ ok: false, error: { code: 'duplicate', path: 'scenarios[0].assumptions[1]' } })
    const known = { indicators: new Set(['dq_teachers']), entities: new Set(['ordos']) }
    expect(parseScenarioFile(fileText(), known)).toMatchObject({ ok: false, error: { code: 'unknown_ref', path: 'scenarios[0].assumptions[1].indicator_id' } })
  })
})

describe('scenario in a link', () => {
  it('round-trips through base64url, Chinese and markup included', () => {
    const encoded = encodeScenario(good)
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeScenario(encoded)).toEqual({ ok: true, value: good })
    expect(decodeScenarioList(encodeScenarioList([good, { ...good, id: 'other' }]))).toMatchObject({ ok: true, value: [good, { ...good, id: 'other' }] })
  })

  it('rejects a damaged link parameter without throwing', () => {
    expect(decodeScenario('%%%')).toMatchObject({ ok: false, error: { code: 'not_json' } })
    expect(decodeScenario(encodeScenario(good).slice(0, 30))).toMatchObject({ ok: false })
    expect(decodeScenario('x'.repeat(20_000))).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })
})
