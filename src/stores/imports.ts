// The user's own data: the load being previewed, what was applied (and persisted), and the
// messages about it. Every operation runs one at a time (DuckDB has one connection and the
// live tables must change in a known order).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import {
  applyPrepared, clearPersisted, dropLoad, dropUndo, fetchDataFile, isManifestUrl, listPersisted, prepareLoad, rejectedFileName,
  rejectedRows, rejectedRowsCsv, removePersisted, savePersisted, setUserDataFlag, StorageProblem, undoLastApply,
  type ImportFile, type ImportMessage, type ImportProgress, type LoadPreview, type PersistedImport, type PreparedLoad,
} from '../db/import'
import { DbError, toDbError } from '../db/errors'
import { i18n } from '../i18n'
import { useDatasetStore } from './dataset'
import { useSettingsStore } from './settings'

export type ImportPhase = 'idle' | 'working' | 'preview' | 'applying'

export interface HistoryEntry {
  id: string
  label: string
  source: 'file' | 'url'
  appliedAt: string
  files: string[]
  /** Saved in the browser (false when storage was full or unavailable). */
  persisted: boolean
}

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
  const canUndo = computed(() => history.value.length > 0 && phase.value === 'idle')

  let pending: { load: PreparedLoad; files: ImportFile[]; source: 'file' | 'url' } | null = null
  /** Import id whose previous tables are kept as imp_prev_* (undo without a rebuild). */
  let snapshotOf: string | null = null
  let replayDisabled = false
  let queue: Promise<unknown> = Promise.resolve()

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }

  function whenDatasetReady(): Promise<void> {
    return whenStatus(['ready'])
  }
  function whenDatasetSettled(): Promise<void> {
    return whenStatus(['ready', 'error'])
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
  function importFiles(files: ImportFile[], source: 'file' | 'url' = 'file'): Promise<void> {
    return serial(async () => {
      if (files.length === 0) return
      performance.mark('import-started')
      await discardPending()
      notice.value = null
      phase.value = 'working'
      try {
        await whenDatasetReady()
        const label = files.map((f) => f.name).join(', ')
        const load = await prepareLoad(files, { asOf: settings.asOf, label, onProgress: (p) => (progress.value = p) })
        pending = { load, files, source }
        preview.value = load.preview
        phase.value = 'preview'
        performance.mark('import-preview-ready')
      } catch (e) {
        report(e, 'import_failed', { file: files.map((f) => f.name).join(', ') })
        phase.value = 'idle'
      } finally {
        progress.value = null
      }
    })
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
        }
        if (p.load.tables.length) snapshotOf = entry.id
        notice.value = { code: 'applied', params: { rows: p.load.preview.goodRows, rejected: p.load.preview.rejectedRows, label: entry.label } }
        history.value.push(entry)
        await dataset.markChanged(entry.label)
        try {
          await savePersisted({ id: entry.id, label: entry.label, source: entry.source, appliedAt: entry.appliedAt, files: p.files })
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
    if (p) await dropLoad(p.load.ctx).catch(() => undefined)
    if (phase.value === 'preview') phase.value = 'idle'
  }

  /** Close the preview; the staged rows are dropped and nothing changes. */
  const cancel = () => serial(discardPending)

  /** Undo the last applied import (from the kept snapshot, else by rebuilding without it). */
  function undo(): Promise<void> {
    return serial(async () => {
      const last = history.value.at(-1)
      if (!last) return
      if (snapshotOf === last.id) {
        await undoLastApply()
        snapshotOf = null
        history.value.pop()
        await forget(last)
        await dataset.markChanged()
        notice.value = { code: 'undone', params: { label: last.label } }
      } else {
        await removeAndRebuild(last)
      }
    })
  }

  /** Remove one import: the bundled data is reloaded and the others replayed. */
  function remove(id: string): Promise<void> {
    return serial(async () => {
      const entry = history.value.find((h) => h.id === id)
      if (entry) await removeAndRebuild(entry)
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

  /** Apply the stored imports over freshly loaded bundled data, oldest first. */
  async function replayPersisted(): Promise<void> {
    history.value = []
    let stored: PersistedImport[] = []
    try {
      const { imports, corrupt } = await listPersisted()
      stored = imports
      for (const key of corrupt) {
        messages.value.push(err('storage_corrupt', { file: key }))
        await removePersisted(key).catch(() => undefined)
      }
    } catch (e) {
      // Unreadable storage: keep the bundled data, say so.
      report(e, 'storage_corrupt', { file: '—' })
      setUserDataFlag(false)
      return
    }
    for (const rec of stored) {
      phase.value = 'working'
      try {
        const load = await prepareLoad(rec.files, { asOf: settings.asOf, label: rec.label, onProgress: (p) => (progress.value = p) })
        try {
          await applyPrepared(load)
          if (load.tables.length) snapshotOf = rec.id
        } finally {
          await dropLoad(load.ctx).catch(() => undefined)
        }
        // Rules can judge differently now (e.g. another as-of date): say what was left out.
        if (load.preview.rejectedRows > 0) {
          messages.value.push({ code: 'replay_rejected', severity: 'warning', params: { file: rec.label, count: load.preview.rejectedRows } })
        }
        history.value.push({ id: rec.id, label: rec.label, source: rec.source, appliedAt: rec.appliedAt, files: rec.files.map((f) => f.name), persisted: true })
      } catch (e) {
        report(e, 'replay_failed', { file: rec.label })
        await removePersisted(rec.id).catch(() => undefined)
      }
    }
    setUserDataFlag(history.value.length > 0)
    phase.value = 'idle'
    progress.value = null
    if (stored.length) await dataset.markChanged()
    performance.mark('imports-replayed')
  }

  /**
   * ?data=<url>. A manifest is opened instead of the bundled data at start-up (app.ts); if that
   * failed, say why and fall back to the bundled data. A single file goes through the preview.
   */
  function loadDataParam(url: string): Promise<void> {
    return serial(async () => {
      if (isManifestUrl(url)) {
        await whenDatasetSettled()
        if (dataset.status === 'ready') return
        const d = dataset.error
        const code = d && i18n.global.te(`importer.msg.${d.code}`) ? d.code : 'manifest_failed'
        messages.value.push(err(code, { file: url, url, table: '', ...(d?.params ?? {}), detail: d?.detail ?? '' }))
        await dataset.loadBundled() // the watcher replays the stored imports on top
        return
      }
      await whenDatasetReady()
      try {
        void importFiles([await fetchDataFile(url)], 'url')
      } catch (e) {
        const d = e instanceof DbError ? e : toDbError(e, 'io', 'fetch_failed')
        messages.value.push(err(i18n.global.te(`importer.msg.${d.code}`) ? d.code : 'fetch_failed', { file: url, url, ...d.params, detail: d.detail }))
      }
    })
  }

  /** Rejected rows of one previewed file as CSV (reason first), for the user to fix. */
  async function rejectedCsv(fileIndex: number): Promise<{ name: string; text: string } | null> {
    const p = pending
    const raw = p?.load.files[fileIndex]
    if (!p || !raw?.raw) return null
    const { t, te } = i18n.global
    const rows = await rejectedRows(p.load.ctx, raw)
    const reason = (col: string, code: string) =>
      `${col}: ${te(`importer.problem.${code}`) ? t(`importer.problem.${code}`) : code}`
    const csv = rejectedRowsCsv(
      rows.columns,
      rows.rows.map((r) => ({ row: r.row, reasons: r.problems.map((x) => reason(x.col, x.code)), values: r.values })),
      { row: t('importer.csv.row'), reason: t('importer.csv.reason') },
    )
    return { name: rejectedFileName(raw.name), text: csv }
  }

  function dismissMessage(index: number) {
    messages.value.splice(index, 1)
  }

  // Whenever the bundled data has (re)loaded — start-up, "retry" — the stored imports go on top.
  watch(
    () => dataset.status,
    (s) => {
      if (s === 'ready' && dataset.source === 'bundled' && !replayDisabled) void serial(replayPersisted)
    },
    // sync: the flag set around our own loads must be seen at the moment the status changes.
    { immediate: true, flush: 'sync' },
  )

  return {
    phase, progress, preview, history, messages, notice, canUndo,
    importFiles, apply, cancel, undo, remove, resetToBundled, loadDataParam, rejectedCsv, dismissMessage,
  }
})
