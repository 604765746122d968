// Figures recorded by hand (check-ins). Each goes through the importer as a one-row
// observations file — the same checks, the same persistence and replay after a reload, the
// same undo — and is listed here, apart from the published figures, with its note.
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { csvText } from '../spreadsheet/csvText'
import { checkInTable, type CheckIn } from '../spreadsheet/checkins'
import type { ImportMessage } from '../db/import'
import { useImportsStore } from './imports'

const STORAGE_KEY = 'vet-monitor:checkins'

function loadSaved(): CheckIn[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(parsed) ? (parsed as CheckIn[]) : []
  } catch {
    // Unreadable storage is left as it is (never overwritten with nothing) until a new check-in.
    return []
  }
}

export type CheckInResult = { ok: true } | { ok: false; messages: ImportMessage[] }

export const useCheckinsStore = defineStore('checkins', () => {
  const imports = useImportsStore()
  /** Every check-in made on this computer, oldest first (undone ones are removed). */
  const list = ref<CheckIn[]>(loadSaved())
  watch(list, (l) => localStorage.setItem(STORAGE_KEY, JSON.stringify(l)), { deep: true })

  /** Check, stage and apply one check-in; nothing changes unless the row passes every check. */
  async function record(c: Omit<CheckIn, 'importId'>): Promise<CheckInResult> {
    const table = checkInTable([{ ...c, importId: null }])
    const name = `checkin_${c.id}.csv`
    const text = csvText(table.columns.map((col) => col.key), table.rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v)))))
    await imports.importFiles([{ name, blob: new Blob([text], { type: 'text/csv' }) }])
    const file = imports.preview?.files[0]
    if (!file) return { ok: false, messages: imports.messages.slice(-1) }
    if (file.fatal || file.rejectedRows > 0 || file.newRows + file.changedRows === 0) {
      const messages = file.messages.filter((m) => m.severity !== 'info')
      await imports.cancel()
      return { ok: false, messages }
    }
    await imports.apply()
    const entry = imports.history.find((h) => h.files.includes(name))
    if (!entry) return { ok: false, messages: imports.messages.slice(-1) }
    list.value.push({ ...c, importId: entry.id })
    return { ok: true }
  }

  /** Takes the figure out again (the import that carried it is removed; the rest replays). */
  async function undo(id: string): Promise<void> {
    const c = list.value.find((x) => x.id === id)
    if (!c) return
    const last = imports.history.filter((h) => !h.trouble).at(-1)
    if (c.importId && last?.id === c.importId) await imports.undo()
    else if (c.importId) await imports.remove(c.importId)
    if (!imports.history.some((h) => h.id === c.importId)) list.value = list.value.filter((x) => x.id !== id)
  }

  return { list, record, undo }
})
