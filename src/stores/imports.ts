// The user's own data: the load being previewed, what was applied (and persisted), and the
// messages about it. Every operation runs one at a time (DuckDB has one connection and the
// live tables must change in a known order).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import {
  applyPrepared, clearPersisted, dropLoad, dropUndo, fetchDataFile, fetchLinkedDataset, isManifestUrl, linkProblem,
  listPersisted, placedRejectedRows, prepareLoad, rejectedFileName, rejectedRows, rejectedRowsTable, removePersisted, savePersisted, withRefusedRows,
  StorageProblem, undoLastApply,
  type ImportFile, type ImportMessage, type ImportProgress, type LinkProgress, type LoadPreview, type PersistedImport, type PreparedLoad,
  type ReplayTrouble,
} from '../db/import'
import { DbError, isAbort, toDbError } from '../db/errors'
import { i18n } from '../i18n'
import { toCsv } from '../export/csv'
import { useDatasetStore } from './dataset'
import { useSettingsStore } from './settings'
import { statusChanges } from '../tracking'
import { interruptedReplay, markReplaying, setUserDataFlag } from '../bootConfig'
import type { DatasetFacts } from '../types/datasetFacts'

export type ImportPhase = 'idle' | 'working' | 'preview' | 'applying'

export interface HistoryEntry {
  id: string
  label: string
  source: 'file' | 'url'
  appliedAt: string
  files: string[]
  /** Saved in the browser (false when storage was full or unavailable). */
  persisted: boolean
  /** Not applied this session (replay failed, or paused after a failed/slow/interrupted one): kept, with why. */
  trouble?: ReplayTrouble
  /** A whole dataset that replaced the tables (its name is shown while it is applied). */
  replaced?: boolean
}

/** Where a load comes from, when a link: shown in the preview. */
export interface LoadOrigin {
  url: string
  /** A whole dataset: applying replaces the tables shown. */
  replaces: boolean
  /** The dataset's own name, from its manifest. */
  name?: { zh: string; en: string }
  /** Its headline targets and document titles, from the same manifest. */
  facts?: DatasetFacts
}

/** A stored import that takes longer than this to replay asks before it runs at the next start. */
export const SLOW_REPLAY_MS = 20_000
const EMPTY_CODES = new Set(['empty_file', 'parquet_no_rows'])

const err = (code: string, params: Record<string, string | number> = {}): ImportMessage => ({ code, severity: 'error', params })

export const useImportsStore = defineStore('imports', () => {
  const dataset = useDatasetStore()
  const settings = useSettingsStore()
  /** Where the importer is. */
  const phase = ref<ImportPhase>('idle')
  /** What is being read or checked now (for the progress line). */
  const progress = shallowRef<ImportProgress | null>(null)
  /** The load waiting for apply or cancel. */
  const preview = shallowRef<LoadPreview | null>(null)
  /** Imports applied over the bundled data, oldest first. */
  const history = ref<HistoryEntry[]>([])
  /** Messages that belong to no preview (bad ?data= link, storage problems). */
  const messages = ref<ImportMessage[]>([])
  /** The last thing that went well (applied, undone, reset), for a polite status line. */
  const notice = shallowRef<{ code: string; params: Record<string, string | number> } | null>(null)
  /** Whether "undo last import" has something to undo. */
  const canUndo = computed(() => history.value.some((h) => !h.trouble) && phase.value === 'idle')
  /** The ?data= link being read, with the bytes received so far. */
  const linkProgress = shallowRef<LinkProgress | null>(null)
  /** Where the previewed load comes from, when a link. */
  const previewOrigin = shallowRef<LoadOrigin | null>(null)
  /** Where the data on screen comes from when it is not only the bundled data (shown on every view). */
  const foreignSource = computed(() => {
    const applied = history.value.filter((h) => !h.trouble)
    if (applied.length) return applied.map((h) => h.label).join(', ')
    return dataset.source !== 'bundled' ? dataset.source : null
  })

  let pending: { load: PreparedLoad; files: ImportFile[]; source: 'file' | 'url'; origin: LoadOrigin | null } | null = null
  /** Stops the link being read (a new import or the cancel button). */
  let linkAbort: AbortController | null = null
  /** Stops the load being staged and checked. */
  let loadAbort: AbortController | null = null
  /** Whether the cancel button has something to stop (a link being read, a load being checked). */
  const cancellable = ref(false)
  /** Import id whose previous tables are kept as imp_prev_* (undo without a rebuild). */
  let snapshotOf: string | null = null
  let replayDisabled = false
  let queue: Promise<unknown> = Promise.resolve()
  /** Settles once the stored imports were replayed at start-up (or the data failed to load). */
  let replayed: () => void = () => undefined
  const firstReplay = new Promise<void>((resolve) => (replayed = resolve))

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }

  function whenDatasetReady(): Promise<void> {
    return whenStatus(['ready'])
  }
  function whenStatus(wanted: string[]): Promise<void> {
    if (wanted.includes(dataset.status)) return Promise.resolve()
    return new Promise((resolve) => {
      const stop = watch(() => dataset.status, (s) => {
        if (wanted.includes(s)) {
          stop()
          resolve()
        }
      })
    })
  }

  function report(e: unknown, fallback: string, params: Record<string, string | number> = {}) {
    if (e instanceof StorageProblem) messages.value.push(err(`storage_${e.kind}`, { ...params, detail: e.message }))
    else {
      const d = toDbError(e)
      messages.value.push(err(i18n.global.te(`importer.msg.${d.code}`) ? d.code : fallback, { ...params, ...d.params, detail: d.detail }))
    }
  }

  /** Stage and check files; the preview opens when done. Nothing live changes. */
  async function importFiles(files: ImportFile[], source: 'file' | 'url' = 'file', origin: LoadOrigin | null = null): Promise<void> {
    // A file the user picks wins over a link still being read: one load never blocks the next.
    if (source === 'file' && linkAbort) {
      messages.value.push(err('link_superseded', { url: linkProgress.value?.url ?? '', file: '' }))
      stopLink()
    }
    // Previewed against the data as it will be shown: the stored imports go on first.
    await firstReplay
    return serial(async () => {
      if (files.length === 0) return
      performance.mark('import-started')
      await discardPending()
      notice.value = null
      phase.value = 'working'
      const abort = (loadAbort = new AbortController())
      cancellable.value = true
      const label = origin?.url ?? files.map((f) => f.name).join(', ')
      try {
        await whenDatasetReady()
        const mode = origin?.replaces ? 'replace' : 'merge'
        const load = await prepareLoad(files, { asOf: settings.asOf, label, mode, judge: statusChanges, signal: abort.signal, onProgress: (p) => (progress.value = p) })
        pending = { load, files, source, origin }
        preview.value = load.preview
        previewOrigin.value = origin
        phase.value = 'preview'
        performance.mark('import-preview-ready')
      } catch (e) {
        if (isAbort(e)) notice.value = { code: 'cancelled', params: { label } }
        else report(e, 'import_failed', { file: label })
        phase.value = 'idle'
      } finally {
        if (loadAbort === abort) loadAbort = null
        cancellable.value = false
        progress.value = null
      }
    })
  }

  function stopLink() {
    linkAbort?.abort()
    linkAbort = null
    linkProgress.value = null
  }

  /** The cancel button: stop reading a link and stop staging a load. Nothing live changes. */
  function cancelWork() {
    if (linkAbort) messages.value.push(err('link_cancelled', { url: linkProgress.value?.url ?? '', file: '' }))
    stopLink()
    loadAbort?.abort()
  }

  /** Apply the good rows of the previewed load (rejected rows never are). */
  function apply(): Promise<void> {
    return serial(async () => {
      const p = pending
      if (!p || phase.value !== 'preview') return
      performance.mark('import-apply-started')
      phase.value = 'applying'
      try {
        await applyPrepared(p.load)
        performance.mark('import-applied')
        const entry: HistoryEntry = {
          id: `${Date.now().toString(36)}-${p.load.ctx.id}`,
          label: p.load.preview.label,
          source: p.source,
          appliedAt: new Date().toISOString(),
          files: p.files.map((f) => f.name),
          persisted: true,
          replaced: !!p.origin?.replaces,
        }
        const mode = p.origin?.replaces ? 'replace' : 'merge'
        // Only the files that brought rows are kept: a file that could not be used then would only
        // make every later replay look like a failure.
        const applied = p.files.filter((_, i) => !p.load.preview.files[i]?.fatal)
        if (p.load.tables.length) snapshotOf = entry.id
        notice.value = { code: 'applied', params: { rows: p.load.preview.goodRows, rejected: p.load.preview.rejectedRows, label: entry.label } }
        history.value.push(entry)
        if (p.origin?.name) dataset.adoptName(p.origin.name, p.origin.facts)
        await dataset.markChanged(entry.label)
        try {
          await savePersisted({ id: entry.id, label: entry.label, source: entry.source, appliedAt: entry.appliedAt, files: applied, mode, datasetName: p.origin?.name, datasetFacts: p.origin?.facts })
          setUserDataFlag(true)
        } catch (e) {
          entry.persisted = false
          report(e, 'storage_unavailable', { file: entry.label })
        }
      } catch (e) {
        report(e, 'apply_failed', { file: p.load.preview.label })
      } finally {
        await discardPending()
        phase.value = 'idle'
        progress.value = null
      }
    })
  }

  async function discardPending() {
    const p = pending
    pending = null
    preview.value = null
    previewOrigin.value = null
    if (p) await dropLoad(p.load.ctx).catch(() => undefined)
    if (phase.value === 'preview') phase.value = 'idle'
  }

  /** Close the preview; the staged rows are dropped and nothing changes. */
  const cancel = () => serial(discardPending)

  /** Undo the last applied import (from the kept snapshot, else by rebuilding without it). */
  function undo(): Promise<void> {
    return serial(async () => {
      const last = history.value.filter((h) => !h.trouble).at(-1)
      if (!last) return
      try {
        if (snapshotOf === last.id) {
          await undoLastApply()
          snapshotOf = null
          history.value = history.value.filter((h) => h.id !== last.id)
          if (last.replaced) dataset.adoptName(null)
          await forget(last)
          await dataset.markChanged()
          notice.value = { code: 'undone', params: { label: last.label } }
        } else {
          await removeAndRebuild(last)
        }
      } catch (e) {
        report(e, 'undo_failed', { file: last.label })
      }
    })
  }

  /** Remove one import: the bundled data is reloaded and the others replayed. */
  function remove(id: string): Promise<void> {
    return serial(async () => {
      const entry = history.value.find((h) => h.id === id)
      if (!entry) return
      try {
        if (entry.trouble) {
          // Never applied this session: nothing on screen to rebuild.
          await forget(entry)
          history.value = history.value.filter((h) => h.id !== id)
          notice.value = { code: 'removed', params: { label: entry.label } }
        } else await removeAndRebuild(entry)
      } catch (e) {
        report(e, 'remove_failed', { file: entry.label })
      }
    })
  }

  /** Apply a stored import that was not applied (failed, slow or interrupted before), on the user's word. */
  function retry(id: string): Promise<void> {
    return serial(async () => {
      const entry = history.value.find((h) => h.id === id)
      if (!entry?.trouble) return
      let stored: PersistedImport | undefined
      try {
        stored = (await listPersisted()).imports.find((r) => r.id === id)
      } catch (e) {
        report(e, 'storage_unavailable', { file: entry.label })
        return
      }
      if (!stored) return
      const outcome = await replayOne(stored)
      entry.trouble = outcome
      history.value = [...history.value]
      if (!outcome) {
        setUserDataFlag(true)
        await dataset.markChanged(entry.label)
      }
      phase.value = 'idle'
      progress.value = null
    })
  }

  async function forget(entry: HistoryEntry) {
    try {
      await removePersisted(entry.id)
    } catch (e) {
      report(e, 'storage_unavailable', { file: entry.label })
    }
    if (history.value.every((h) => !h.persisted)) setUserDataFlag(false)
  }

  async function removeAndRebuild(entry: HistoryEntry) {
    await forget(entry)
    history.value = history.value.filter((h) => h.id !== entry.id)
    notice.value = { code: 'removed', params: { label: entry.label } }
    await rebuild()
  }

  async function rebuild() {
    snapshotOf = null
    await dropUndo().catch(() => undefined)
    replayDisabled = true // replayed right here, not by the watcher
    try {
      await dataset.loadBundled()
    } finally {
      replayDisabled = false
    }
    if (dataset.status === 'ready') await replayPersisted()
  }

  /** Back to the bundled data: every import is forgotten. */
  function resetToBundled(): Promise<void> {
    return serial(async () => {
      await discardPending()
      setUserDataFlag(false)
      try {
        await clearPersisted()
      } catch (e) {
        report(e, 'storage_unavailable', { file: '—' })
      }
      history.value = []
      messages.value = []
      await rebuild()
      notice.value = { code: 'reset', params: {} }
    })
  }

  /**
   * Replay one stored import over the live tables. Returns why it was not applied (then the
   * record is kept, marked, and the next start asks first), or undefined when it was.
   */
  async function replayOne(rec: PersistedImport): Promise<ReplayTrouble | undefined> {
    phase.value = 'working'
    const started = performance.now()
    markReplaying(rec.id)
    let trouble: ReplayTrouble | undefined
    try {
      const load = await prepareLoad(rec.files, { asOf: settings.asOf, label: rec.label, mode: rec.mode ?? 'merge', judge: statusChanges, onProgress: (p) => (progress.value = p) })
      // An empty file is valid: it brings nothing, now as when it was applied.
      const unreadable = load.preview.files.find((f) => f.fatal && !f.messages.some((m) => EMPTY_CODES.has(m.code)))
      if (unreadable) {
        await dropLoad(load.ctx).catch(() => undefined)
        // A file that no longer reads (or no longer fits the contract) is a failed replay, not an empty one.
        const first = unreadable.messages.find((m) => m.severity === 'error')
        throw new DbError('parse', first?.code ?? 'import_failed', {}, `${unreadable.name}: ${first?.code ?? 'unreadable'}`)
      }
      try {
        await applyPrepared(load)
        if (load.tables.length) snapshotOf = rec.id
        if (rec.datasetName) dataset.adoptName(rec.datasetName, rec.datasetFacts)
      } finally {
        await dropLoad(load.ctx).catch(() => undefined)
      }
      // Rules can judge differently now (e.g. another as-of date): say what was left out.
      if (load.preview.rejectedRows > 0) {
        messages.value.push({ code: 'replay_rejected', severity: 'warning', params: { file: rec.label, count: load.preview.rejectedRows } })
      }
    } catch (e) {
      // The user's data is never deleted because something failed: keep the record, say why.
      const d = e instanceof StorageProblem ? toDbError(e.message) : toDbError(e)
      trouble = { reason: 'failed', detail: d.detail || d.code }
      messages.value.push(err('replay_failed', { file: rec.label, detail: trouble.detail! }))
    } finally {
      markReplaying(null)
    }
    const seconds = Math.round((performance.now() - started) / 1000)
    // Applied, but slowly: next time the user decides whether to wait for it again.
    const next = trouble ?? (seconds * 1000 > SLOW_REPLAY_MS ? { reason: 'slow' as const, seconds } : undefined)
    if (next || rec.trouble) await savePersisted({ ...rec, trouble: next }).catch((e) => report(e, 'storage_unavailable', { file: rec.label }))
    return trouble
  }

  /** Apply the stored imports over freshly loaded bundled data, oldest first. */
  async function replayPersisted(): Promise<void> {
    history.value = []
    let stored: PersistedImport[] = []
    try {
      const { imports, corrupt } = await listPersisted()
      stored = imports
      // Unusable records are kept aside by the store, never deleted: say which, load the rest.
      for (const key of corrupt) messages.value.push(err('storage_set_aside', { file: key }))
    } catch (e) {
      // Unreadable storage: keep the bundled data, say so.
      report(e, 'storage_corrupt', { file: '—' })
      setUserDataFlag(false)
      replayed()
      performance.mark('imports-replayed')
      return
    }
    // Still marked from the last session: the page froze or crashed replaying it.
    const interrupted = interruptedReplay()
    markReplaying(null)
    for (const rec of stored) {
      const entry: HistoryEntry = {
        id: rec.id, label: rec.label, source: rec.source, appliedAt: rec.appliedAt, files: rec.files.map((f) => f.name), persisted: true,
        replaced: rec.mode === 'replace',
      }
      let trouble = rec.trouble ?? (rec.id === interrupted ? { reason: 'interrupted' as const } : undefined)
      if (trouble) {
        if (!rec.trouble) await savePersisted({ ...rec, trouble }).catch(() => undefined)
        messages.value.push({ code: 'replay_paused', severity: 'warning', params: { file: rec.label, reason: troubleText(trouble) } })
      } else {
        trouble = await replayOne(rec)
      }
      history.value.push(trouble ? { ...entry, trouble } : entry)
    }
    setUserDataFlag(history.value.some((h) => !h.trouble))
    phase.value = pending ? 'preview' : 'idle'
    progress.value = null
    if (stored.length) await dataset.markChanged()
    replayed()
    performance.mark('imports-replayed')
  }

  /** Why a stored import was not applied, in the UI language (for messages and the history list). */
  function troubleText(t: ReplayTrouble): string {
    const key = { failed: 'reasonFailed', slow: 'reasonSlow', interrupted: 'reasonInterrupted' }[t.reason]
    return i18n.global.t(`importer.history.${key}`, { seconds: t.seconds ?? 0 })
  }

  /**
   * ?data=<url>: a single file or a whole dataset (manifest.json), read with progress, a cancel
   * and a time limit, then previewed like a picked file and applied only on the user's word.
   * The link is read outside the import queue, so it never holds up a file picked meanwhile.
   */
  async function loadDataParam(url: string): Promise<void> {
    const refused = linkProblem(url)
    if (refused) {
      messages.value.push(err(refused.code, { file: '', url: refused.params.url ?? url, scheme: refused.params.scheme ?? '' }))
      return
    }
    stopLink()
    const abort = (linkAbort = new AbortController())
    linkProgress.value = { url, received: 0 }
    const options = { signal: abort.signal, onProgress: (p: LinkProgress) => { if (linkAbort === abort) linkProgress.value = { url, received: p.received } } }
    try {
      if (isManifestUrl(url)) {
        const linked = await fetchLinkedDataset(url, options)
        if (linkAbort !== abort) return
        stopLink()
        if (linked.kind === 'partitioned') await serial(() => dataset.loadManifest(url, url, { manifestText: linked.manifestText }))
        else await importFiles(linked.files, 'url', { url, replaces: true, name: linked.name, facts: linked.facts })
      } else {
        const file = await fetchDataFile(url, options)
        if (linkAbort !== abort) return
        stopLink()
        await importFiles([file], 'url', { url, replaces: false })
      }
    } catch (e) {
      if (abort.signal.aborted && linkAbort !== abort) return // superseded: already said so
      const d = toDbError(e, 'io', 'fetch_failed')
      messages.value.push(err(i18n.global.te(`importer.msg.${d.code}`) ? d.code : 'fetch_failed', { file: url, url, table: '', ...d.params, detail: d.detail }))
    } finally {
      if (linkAbort === abort) stopLink()
    }
  }

  /** Rejected rows of one previewed file as CSV or .xlsx (row as the file numbers it, reason, the row), for the user to fix. */
  async function rejectedFile(fileIndex: number, format: 'csv' | 'xlsx'): Promise<{ name: string; blob: Blob } | null> {
    const p = pending
    const raw = p?.load.files[fileIndex]
    if (!p || !raw?.raw) return null
    const { t, te } = i18n.global
    const found = await rejectedRows(p.load.ctx, raw)
    const problem = (code: string) => (te(`importer.problem.${code}`) ? t(`importer.problem.${code}`) : code)
    const rows = withRefusedRows(placedRejectedRows(found, raw.places, problem), raw.refused, problem)
    const table = rejectedRowsTable(found.columns, rows, { row: t('importer.csv.row'), reason: t('importer.csv.reason') })
    const name = rejectedFileName(raw.name, format)
    if (format === 'csv') return { name, blob: new Blob([toCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' }) }
    // The workbook writer defuses text exactly as the CSV writer does (export/csv.ts).
    const { tableWorkbook } = await import('../spreadsheet/download')
    return { name, blob: await tableWorkbook(t('importer.preview.rejectedRows'), table.header, table.rows) }
  }

  function dismissMessage(index: number) {
    messages.value.splice(index, 1)
  }

  // Whenever the bundled data has (re)loaded — start-up, "retry" — the stored imports go on top.
  watch(
    () => dataset.status,
    (s) => {
      if (s === 'ready' && dataset.source === 'bundled' && !replayDisabled) void serial(replayPersisted)
      if (s === 'error') replayed()
    },
    // sync: the flag set around our own loads must be seen at the moment the status changes.
    { immediate: true, flush: 'sync' },
  )

  return {
    phase, progress, preview, history, messages, notice, canUndo, linkProgress, cancellable, previewOrigin, foreignSource,
    importFiles, apply, cancel, cancelWork, undo, remove, retry, resetToBundled, loadDataParam, rejectedFile, dismissMessage, troubleText,
  }
})
