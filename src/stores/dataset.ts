// The loaded dataset: where it came from, how far loading got, what it holds.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { getConnection, onEngineProgress, restartEngine, type EngineProgress } from '../db/client'
import { loadManifestDataset, type LoadOptions } from '../db/dataset'
import { DbError, toDbError } from '../db/errors'
import { tableCounts, type TableCounts } from '../queries/catalogue'
import type { TableName } from '../types/contract'
import type { DatasetFacts } from '../types/datasetFacts'
import { adoptDocumentTitles } from '../queries/documents'

export type DatasetStatus = 'idle' | 'loading' | 'ready' | 'error'
export type LoadPhase = EngineProgress | { table: TableName; rowGroup: number; rowGroups: number }

import { BUNDLED_DECODED, BUNDLED_MANIFEST } from '../bootConfig'

export const useDatasetStore = defineStore('dataset', () => {
  /** Lifecycle of the engine + dataset. */
  const status = ref<DatasetStatus>('idle')
  /** What the loader is doing now (for the progress line). */
  const phase = ref<LoadPhase>('fetching')
  /** Display name of the loaded dataset (zh / en). */
  const name = ref<{ zh: string; en: string } | null>(null)
  /** 'bundled' or the URL/file name it came from. */
  const source = ref<string>('bundled')
  /** Rows per table once loaded. */
  const counts = ref<TableCounts | null>(null)
  /** The last error, translated by the UI. */
  const error = shallowRef<DbError | null>(null)
  /** Headline targets and document titles from the dataset's manifest (contract v1.2); empty when it names none. */
  const facts = shallowRef<DatasetFacts>({})
  /** Bumps on every change of the live tables, so views re-query. */
  const version = ref(0)

  // Loads run one after another: two at once would fill the same staging tables (a partitioned
  // ?data= link is opened while the bundled data may still be loading).
  let queue: Promise<void> = Promise.resolve()
  function loadManifest(url: string, sourceLabel: string, options: Pick<LoadOptions, 'manifestText' | 'decodedBase'> = {}): Promise<void> {
    const run = queue.then(() => loadManifestNow(url, sourceLabel, options))
    queue = run.catch(() => undefined)
    return run
  }

  async function loadManifestNow(url: string, sourceLabel: string, options: Pick<LoadOptions, 'manifestText' | 'decodedBase'>): Promise<void> {
    status.value = 'loading'
    error.value = null
    const stopFollowing = onEngineProgress((p) => (phase.value = p))
    try {
      // The manifest's files are fetched and decoded while the engine starts (db/dataset.ts).
      const engineReady = getConnection().then(() => {
        performance.mark('engine-ready')
        stopFollowing()
      })
      engineReady.catch(() => undefined) // awaited by the loader, which may still be fetching when it fails
      const manifest = await loadManifestDataset(url, { ...options, onProgress: (p) => (phase.value = p), engineReady })
      name.value = loadedName = { zh: manifest.name, en: manifest.name_en ?? manifest.name }
      setFacts((loadedFacts = manifest.facts))
      source.value = sourceLabel
      performance.mark('dataset-loaded')
      counts.value = await tableCounts()
      version.value++
      status.value = 'ready'
    } catch (err) {
      error.value = toDbError(err, 'io', 'unknown')
      status.value = 'error'
    } finally {
      stopFollowing()
    }
  }

  // The bundled tables come decoded already (data/lib/decoded.ts).
  const loadBundled = () => loadManifest(BUNDLED_MANIFEST, 'bundled', { decodedBase: BUNDLED_DECODED })

  /** The error panel's 重试: a failed engine start is attempted once more, then the bundled data. */
  function retry(): Promise<void> {
    restartEngine()
    return loadBundled()
  }

  /** Called after the live tables were changed in place (an import applied or undone). */
  async function markChanged(sourceLabel?: string): Promise<void> {
    if (sourceLabel) source.value = sourceLabel
    counts.value = await tableCounts()
    version.value++
  }

  /** The name the loaded manifest gave, for when an applied dataset's name is undone. */
  let loadedName: { zh: string; en: string } | null = null

  /** …and its facts, likewise restored when the applied dataset is undone. */
  let loadedFacts: DatasetFacts = {}

  function setFacts(next: DatasetFacts): void {
    facts.value = next
    adoptDocumentTitles(next.documents)
  }

  /** The bundled snapshot's name and facts, shown until the manifest itself has loaded (src/queries/snapshot.ts). */
  function adoptEarly(earlyName: { zh: string; en: string } | null, early: DatasetFacts): void {
    if (status.value === 'ready' || loadedName) return
    name.value = earlyName
    setFacts(early)
  }

  /** A whole dataset from a link was applied over the loaded tables: show its own name and facts (null: undone). */
  function adoptName(next: { zh: string; en: string } | null, nextFacts: DatasetFacts = {}): void {
    name.value = next ?? loadedName
    setFacts(next ? nextFacts : loadedFacts)
  }

  return { status, phase, name, source, counts, error, facts, version, loadManifest, loadBundled, retry, markChanged, adoptName, adoptEarly }
})
