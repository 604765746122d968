// Scenarios in a link and in a file. A link carries the scenario itself (compact JSON →
// UTF-8 → base64url), so it opens the same projection in a browser that never saw it.
import { SCENARIO_FILE_FORMAT, SCENARIO_FILE_VERSION, SCENARIO_NOTICE, type Scenario, type ScenarioFile } from './model'
import { checkScenario, checkScenarioList, type Checked, type KnownIds } from './validate'

/** Longest encoded parameter accepted from a URL (a hostile link must not freeze the page). */
export const MAX_URL_PARAM = 16_000

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function fromBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return null
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Drop empty fields so the link stays short; `checkScenario` restores them. */
function compact(s: Scenario): unknown {
  return {
    id: s.id,
    name: s.name,
    assumptions: s.assumptions.map((a) => ({
      indicator_id: a.indicator_id,
      entity_id: a.entity_id,
      ...(a.change ? { change: a.change } : {}),
      ...(a.values.length ? { values: a.values } : {}),
    })),
  }
}

export function encodeScenario(s: Scenario): string {
  return toBase64Url(JSON.stringify(compact(s)))
}

export function encodeScenarioList(list: readonly Scenario[]): string {
  return toBase64Url(JSON.stringify(list.map(compact)))
}

function decode(encoded: string): Checked<unknown> {
  if (encoded.length > MAX_URL_PARAM) return { ok: false, error: { code: 'invalid', path: 'url', detail: 'link parameter too long' } }
  const text = fromBase64Url(encoded)
  if (text === null) return { ok: false, error: { code: 'not_json', path: 'url', detail: 'not base64url-encoded UTF-8' } }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (e) {
    return { ok: false, error: { code: 'not_json', path: 'url', detail: (e as Error).message } }
  }
}

export function decodeScenario(encoded: string, known?: KnownIds): Checked<Scenario> {
  const raw = decode(encoded)
  return raw.ok ? checkScenario(raw.value, known) : raw
}

export function decodeScenarioList(encoded: string, known?: KnownIds): Checked<Scenario[]> {
  const raw = decode(encoded)
  return raw.ok ? checkScenarioList(raw.value, known) : raw
}

/** The exported file, marked in itself as a projection. */
export function scenarioFile(scenarios: readonly Scenario[], now = new Date()): ScenarioFile {
  return { format: SCENARIO_FILE_FORMAT, version: SCENARIO_FILE_VERSION, notice: SCENARIO_NOTICE, exported_at: now.toISOString(), scenarios: JSON.parse(JSON.stringify(scenarios)) as Scenario[] }
}
