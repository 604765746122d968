// The bundled dataset's build-time snapshots (data/snapshot.ts): the rows target tracking reads,
// as the engine returns them, plus the manifest's facts — for the overview's headlines alone (the
// first paint), or for every target (the tracker and the target pages, complete before DuckDB-WASM
// has started). Used only while the page shows the bundled dataset alone (src/main.ts); DuckDB's
// rows replace them when they arrive.
import { parseDatasetFacts, type DatasetFacts } from '../types/datasetFacts'
import type { Observation } from '../types/contract'
import type { TrackingInputs } from './tracking'

export interface BundledSnapshot {
  /** The bundled manifest's name (zh / en), null when the file has none. */
  name: { zh: string; en: string } | null
  facts: DatasetFacts
  inputs: TrackingInputs
  /** Every target's rows (snapshot.json), or only the overview's headlines (snapshot-headlines.json). */
  complete: boolean
}

const TABLES = ['indicators', 'entities', 'targets', 'observations'] as const

/** The snapshot file, or null for anything else (an older or damaged file): the engine's figures then come alone. */
export function parseSnapshot(json: unknown): BundledSnapshot | null {
  if (!json || typeof json !== 'object') return null
  const { dataset, facts, inputs, complete, name } = json as { dataset?: unknown; facts?: unknown; inputs?: Record<string, unknown>; complete?: unknown; name?: { zh?: unknown; en?: unknown } }
  if (dataset !== 'bundled' || !inputs || typeof inputs !== 'object') return null
  if (!TABLES.every((t) => Array.isArray(inputs[t]))) return null
  const named = typeof name?.zh === 'string' && name.zh.trim() !== '' ? { zh: name.zh, en: typeof name.en === 'string' && name.en.trim() !== '' ? name.en : name.zh } : null
  return { name: named, facts: parseDatasetFacts(facts), inputs: inputs as unknown as TrackingInputs, complete: complete === true }
}

/** Fetch and read one snapshot file; null when it cannot be had (DuckDB's figures then come alone). */
export function loadSnapshot(url: string): Promise<BundledSnapshot | null> {
  return fetch(url)
    .then((r) => (r.ok ? r.json() : null))
    .then(parseSnapshot)
    .catch(() => null)
}

const compare = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1)

/**
 * One series' figures from the snapshot, in the order seriesObservations (src/queries/tracking.ts)
 * returns them: the snapshot holds every row of each target's own series.
 */
export function seriesFromInputs(inputs: TrackingInputs, indicatorId: string, entityId: string): Observation[] {
  return inputs.observations
    .filter((o) => o.indicator_id === indicatorId && o.entity_id === entityId)
    .sort((a, b) => a.year - b.year || compare(a.source_doc, b.source_doc) || compare(a.source_ref, b.source_ref))
}
