// Planner scenarios: the saved list (IndexedDB), which one is active and which are compared,
// undo/redo of edits, file export/import and the link form. Projections are computed from the
// tracking store's data and never written back into it.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import {
  encodeScenario,
  encodeScenarioList,
  MAX_COMPARED,
  newScenarioId,
  parseFormula,
  parseScenarioFile,
  scenarioContext,
  scenarioFile,
  withAssumption,
  type Assumption,
  type KnownIds,
  type Scenario,
  type ScenarioContext,
  type ScenarioError,
  type SetAside,
} from '../scenarios'
import { loadPartObservations, partSeries } from '../queries/scenarios'
import { isAbort } from '../db/errors'
import type { Observation } from '../types/contract'
import { loadSavedScenarios, saveScenarios } from './scenarioStorage'
import { useSettingsStore } from './settings'
import { useTrackingStore } from './tracking'
import { stripBidiControls } from '../text/names'
import { useDebounceFn } from '@vueuse/core'

interface HistoryEntry {
  saved: Scenario[]
  activeId: string | null
  key: string | null
  at: number
}
/** Edits of one field within this time are one undo step (a slider drag is not 50 steps). */
const COALESCE_MS = 1000
const HISTORY_LIMIT = 100

export const useScenariosStore = defineStore('scenarios', () => {
  const tracking = useTrackingStore()
  const settings = useSettingsStore()
  /** Saved scenarios, oldest first (replaced on every edit: snapshots are cheap and undoable). */
  const saved = shallowRef<Scenario[]>([])
  /** IndexedDB read state; 'error' when storage could not be read (nothing is then written). */
  const storage = ref<'loading' | 'ready' | 'error'>('loading')
  /** Stored scenarios that could not be read this time: kept aside in storage, not deleted. */
  const setAside = shallowRef<SetAside[]>([])
  /** Link scenarios that differed from a saved one with the same id: opened as copies. */
  const linkCopies = shallowRef<{ savedName: string; copyName: string }[]>([])
  /**
   * Write state of the last edit ('saving' while the debounced write is pending; 'blocked' when
   * storage could not be read, so writing would replace scenarios this page never saw).
   */
  const persist = ref<'saved' | 'saving' | 'error' | 'blocked'>('saved')
  /** The scenario being edited and shown; null = actual data and baseline only. */
  const activeId = ref<string | null>(null)
  /** Other scenarios shown beside the baseline (with the active one, at most MAX_COMPARED). */
  const comparedIds = ref<string[]>([])
  /** Undo and redo stacks of whole-list snapshots. */
  const undoStack = shallowRef<HistoryEntry[]>([])
  const redoStack = shallowRef<HistoryEntry[]>([])
  /** Observations of derived indicators' parts (DuckDB), for recomputing shares. */
  const partObservations = shallowRef<Observation[]>([])
  /** Whether those have been loaded for the current data. */
  const partsState = ref<'idle' | 'loading' | 'ready'>('idle')

  const byId = computed(() => new Map(saved.value.map((s) => [s.id, s])))
  /** The active scenario, if any. */
  const active = computed(() => (activeId.value ? (byId.value.get(activeId.value) ?? null) : null))
  /** Scenarios shown beside the baseline: the active one first, then the compared ones. */
  const shown = computed<Scenario[]>(() => {
    const ids = [...new Set([activeId.value, ...comparedIds.value].filter((id): id is string => id !== null))]
    return ids.map((id) => byId.value.get(id)).filter((s): s is Scenario => s !== undefined).slice(0, MAX_COMPARED)
  })
  /** Everything projections read, rebuilt only when the data or the as-of date change. */
  const context = computed<ScenarioContext | null>(() => {
    const inputs = tracking.inputs
    if (!inputs) return null
    const observations = partObservations.value.length ? [...inputs.observations, ...partObservations.value] : inputs.observations
    return scenarioContext({ indicators: inputs.indicators, targets: inputs.targets, observations }, settings.asOf, tracking.evaluations)
  })
  // Ids are checked against the loaded data once DuckDB has answered: the snapshot stands in for the
  // bundled data only, and a scenario link is often opened with the user's own data.
  const known = computed<KnownIds | undefined>(() =>
    tracking.inputs && tracking.origin === 'engine'
      ? { indicators: new Set(tracking.inputs.indicators.map((i) => i.indicator_id)), entities: new Set(tracking.inputs.entities.map((e) => e.entity_id)) }
      : undefined,
  )

  // ---- history and persistence -------------------------------------------------------------
  // Edits in quick succession (a slider drag) are written once, 150 ms after the last.
  const writeSoon = useDebounceFn(async () => {
    // Never write before the stored list has been read (and merged), nor when it could not be.
    await ready
    if (storage.value !== 'ready') {
      persist.value = 'blocked'
      return
    }
    saveScenarios(saved.value).then(
      () => (persist.value = writeSoon.isPending.value ? 'saving' : 'saved'),
      () => (persist.value = 'error'),
    )
  }, 150)
  function schedulePersist() {
    persist.value = 'saving'
    void writeSoon()
  }

  /** Replace the list as one undoable step; edits with the same `key` in quick succession merge. */
  function commit(next: Scenario[], key: string | null = null) {
    const top = undoStack.value.at(-1)
    const now = Date.now()
    if (!(key && top && top.key === key && now - top.at < COALESCE_MS)) {
      undoStack.value = [...undoStack.value, { saved: saved.value, activeId: activeId.value, key, at: now }].slice(-HISTORY_LIMIT)
    } else {
      undoStack.value = [...undoStack.value.slice(0, -1), { ...top, at: now }]
    }
    redoStack.value = []
    saved.value = next
    schedulePersist()
  }
  function travel(from: typeof undoStack, to: typeof redoStack) {
    const entry = from.value.at(-1)
    if (!entry) return
    from.value = from.value.slice(0, -1)
    to.value = [...to.value, { saved: saved.value, activeId: activeId.value, key: null, at: 0 }]
    saved.value = entry.saved
    activeId.value = entry.activeId
    schedulePersist()
  }
  const undo = () => travel(undoStack, redoStack)
  const redo = () => travel(redoStack, undoStack)
  const canUndo = computed(() => undoStack.value.length > 0)
  const canRedo = computed(() => redoStack.value.length > 0)

  // ---- edits -------------------------------------------------------------------------------
  function create(name: string, assumptions: Assumption[] = []): Scenario {
    const s: Scenario = { id: newScenarioId(), name: stripBidiControls(name).trim().slice(0, 120) || 'Scenario', assumptions }
    commit([...saved.value, s])
    activate(s.id)
    return s
  }
  function update(id: string, change: (s: Scenario) => Scenario, key: string | null = null) {
    commit(saved.value.map((s) => (s.id === id ? change(s) : s)), key)
  }
  function rename(id: string, name: string) {
    const trimmed = stripBidiControls(name).trim().slice(0, 120)
    if (trimmed) update(id, (s) => ({ ...s, name: trimmed }), `rename:${id}`)
  }
  function setAssumption(id: string, indicatorId: string, entityId: string, next: Assumption | null, key: string | null = null) {
    update(id, (s) => withAssumption(s, indicatorId, entityId, next), key)
  }
  function remove(id: string) {
    commit(saved.value.filter((s) => s.id !== id))
    if (activeId.value === id) activeId.value = null
    comparedIds.value = comparedIds.value.filter((c) => c !== id)
  }
  function activate(id: string | null) {
    activeId.value = id
    comparedIds.value = comparedIds.value.filter((c) => c !== id)
    const room = MAX_COMPARED - (id ? 1 : 0)
    if (comparedIds.value.length > room) comparedIds.value = comparedIds.value.slice(0, room)
  }
  /** Add or remove a scenario from the comparison; false when three are already shown. */
  function toggleCompare(id: string): boolean {
    if (comparedIds.value.includes(id)) {
      comparedIds.value = comparedIds.value.filter((c) => c !== id)
      return true
    }
    if (id === activeId.value) return true
    if (shown.value.length >= MAX_COMPARED) return false
    comparedIds.value = [...comparedIds.value, id]
    return true
  }

  // ---- file and link -----------------------------------------------------------------------
  function exportText(ids?: readonly string[]): string {
    const list = ids ? saved.value.filter((s) => ids.includes(s.id)) : saved.value
    return JSON.stringify(scenarioFile(list), null, 2)
  }
  /** Import a file: all or nothing. Same id → replaced (one undo step brings the old back). */
  function importText(text: string): { ok: true; count: number } | { ok: false; error: ScenarioError } {
    const parsed = parseScenarioFile(text, known.value)
    if (!parsed.ok) return parsed
    const incoming = new Map(parsed.value.scenarios.map((s) => [s.id, s]))
    const kept = saved.value.map((s) => incoming.get(s.id) ?? s)
    const added = parsed.value.scenarios.filter((s) => !byId.value.has(s.id))
    commit([...kept, ...added])
    return { ok: true, count: parsed.value.scenarios.length }
  }
  /**
   * A link's scenarios: saved here so the planner can go on editing them. A link never changes a
   * saved scenario: one that carries a saved scenario's id with other content opens as a copy
   * (new id, name marked), and `linkCopies` says so.
   */
  function adoptFromLink(linkActive: Scenario | null, linkCompared: Scenario[], copySuffix = ' (link)') {
    const copies: { savedName: string; copyName: string }[] = []
    const added: Scenario[] = []
    const adopt = (s: Scenario): Scenario => {
      const mine = byId.value.get(s.id)
      if (mine && JSON.stringify(mine) === JSON.stringify(s)) return mine
      if (!mine) return added.find((a) => a.id === s.id) ?? (added.push(s), s)
      const copy = { ...s, id: newScenarioId(), name: `${s.name.slice(0, 120 - copySuffix.length)}${copySuffix}` }
      copies.push({ savedName: mine.name, copyName: copy.name })
      added.push(copy)
      return copy
    }
    const nextActive = linkActive ? adopt(linkActive) : null
    const nextCompared = linkCompared.map(adopt)
    if (added.length) {
      saved.value = [...saved.value, ...added]
      schedulePersist()
    }
    linkCopies.value = copies
    activate(nextActive?.id ?? null)
    comparedIds.value = nextCompared.map((s) => s.id).filter((id) => id !== activeId.value).slice(0, MAX_COMPARED - (activeId.value ? 1 : 0))
  }
  /** The query parameters that reproduce what is shown. */
  const linkQuery = computed(() => {
    const others = shown.value.filter((s) => s.id !== activeId.value)
    return { scenario: active.value ? encodeScenario(active.value) : undefined, compare: others.length ? encodeScenarioList(others) : undefined }
  })

  // ---- loading -----------------------------------------------------------------------------
  const ready = (async () => {
    const loaded = await loadSavedScenarios()
    if (loaded.ok) {
      setAside.value = loaded.setAside
      // Scenarios created before storage answered are kept beside the stored ones.
      const mine = new Set(saved.value.map((s) => s.id))
      saved.value = [...loaded.scenarios.filter((s) => !mine.has(s.id)), ...saved.value]
      // Anything created before storage answered was written without the stored ones: write all.
      if (mine.size) schedulePersist()
      storage.value = 'ready'
    } else storage.value = 'error'
  })()

  let controller: AbortController | null = null
  watch(
    () => (tracking.origin === 'engine' ? tracking.inputs : null),
    async (inputs) => {
      controller?.abort()
      if (!inputs) return
      const mine = (controller = new AbortController())
      partsState.value = 'loading'
      const refsOf = (f: string) => {
        try {
          return parseFormula(f).refs
        } catch {
          return []
        }
      }
      try {
        const rows = await loadPartObservations(partSeries(inputs.indicators, inputs.targets, refsOf), mine.signal)
        if (!mine.signal.aborted) partObservations.value = rows
      } catch (err) {
        if (!isAbort(err)) partObservations.value = [] // shares then follow their own trend only
      }
      if (!mine.signal.aborted) partsState.value = 'ready'
    },
    { immediate: true },
  )

  return {
    saved, storage, setAside, linkCopies, persist, activeId, comparedIds, partObservations, partsState, active, shown, context, linkQuery, canUndo, canRedo, ready,
    create, rename, setAssumption, remove, activate, toggleCompare, undo, redo, exportText, importText, adoptFromLink,
  }
})
