// A load from files to preview: stage every file, check everything, and work out what would
// change. Nothing here touches the live tables; applyPrepared() does, in one transaction.
import { IMPORT_TABLE_NAMES, type TableName } from '../../types/contract'
import { applyLoad } from './apply'
import { runChecks } from './checks'
import { createBaseTables, dropLoad, newLoadContext, throwIfCancelled, type LoadContext } from './context'
import { detectTable, type Detection } from './detect'
import { changeSamples, conflictSamples, countChanges, countRejected, countRepeats, newSample } from './diff'
import { buildGoodRows } from './good'
import { cellParam, problemMessages } from './messages'
import { placeRow } from './rowPlaces'
import { stageRawFile, type RawFile } from './stage'
import { loadStatusInputs } from './statusInputs'
import { ensureProblemsTable, mistypedColumns, stageTypedRows } from './typed'
import type { FilePreview, ImportFile, ImportMessage, ImportProgress, LoadPreview, StatusJudge } from './types'

export interface PreparedLoad {
  ctx: LoadContext
  preview: LoadPreview
  files: RawFile[]
  /** Tables that have rows to apply. */
  tables: TableName[]
}

interface Staged {
  raw: RawFile
  detection: Detection | null
  messages: ImportMessage[]
}

const msg = (code: string, params: Record<string, string | number>, severity: ImportMessage['severity'] = 'error'): ImportMessage => ({ code, severity, params })

/** Read one file into the staging area; returns why it cannot be used, if so. */
async function stageFile(ctx: LoadContext, file: ImportFile, index: number): Promise<Staged> {
  const raw = await stageRawFile(ctx, file, index)
  performance.mark('import-decoded')
  if (raw.fatal) return { raw, detection: null, messages: [raw.fatal] }
  const detection = detectTable(raw.columns.map((c) => c.name), file.name)
  const messages: ImportMessage[] = [...raw.notes]
  if (raw.encoding === 'gb18030') messages.push(msg('read_as_gb18030', { file: file.name }, 'info'))
  if (!detection.table) {
    return { raw, detection: null, messages: [...messages, msg('unknown_table', { file: file.name, columns: raw.columns.map((c) => c.name).join(', ') })] }
  }
  if (detection.missing.length) {
    const missing = detection.missing.map((column) => msg('missing_column', { file: file.name, column, table: detection.table! }))
    return { raw, detection: null, messages: [...messages, ...missing] }
  }
  const mistyped = mistypedColumns(raw, detection)
  if (mistyped.length) {
    const wrong = mistyped.map((m) => msg('mistyped_column', { file: file.name, column: detection.mapping[m.column] ?? m.column, type: m.type, expected: m.expected }))
    return { raw, detection: null, messages: [...messages, ...wrong] }
  }
  const ignored = detection.extra.filter((c) => !(detection.table === 'entities' && c === 'aliases'))
  if (ignored.length) messages.push(msg('extra_columns', { file: file.name, columns: ignored.join(', ') }, 'info'))
  await stageTypedRows(ctx, raw, detection)
  return { raw, detection, messages }
}

export async function prepareLoad(
  files: readonly ImportFile[],
  options: {
    asOf: Date
    label: string
    /** The tracking rules that say which targets change status (src/tracking/statusChanges.ts), passed in. */
    judge: StatusJudge
    onProgress?: (p: ImportProgress) => void
    mode?: LoadContext['mode']
    signal?: AbortSignal
  },
): Promise<PreparedLoad> {
  const ctx = newLoadContext(options.asOf, options.onProgress, options.mode, options.signal)
  try {
    await ensureProblemsTable(ctx)
    await createBaseTables(ctx, IMPORT_TABLE_NAMES)
    const staged: Staged[] = []
    for (const [i, f] of files.entries()) {
      throwIfCancelled(ctx)
      staged.push(await stageFile(ctx, f, i))
    }
    throwIfCancelled(ctx)
    performance.mark('import-staged')
    const tables = new Set(staged.flatMap((s) => (s.detection?.table ? [s.detection.table] : [])))
    ctx.onProgress({ file: files.map((f) => f.name).join(', '), step: 'validating' })
    await runChecks(ctx, tables)
    throwIfCancelled(ctx)
    performance.mark('import-checked')
    for (const t of tables) await buildGoodRows(ctx, t, staged.filter((x) => x.detection?.table === t).map((x) => x.raw.index))
    performance.mark('import-good')
    const previews = await Promise.all(staged.map((s) => filePreview(ctx, s, staged.map((x) => x.raw))))
    await addLoadInfo(ctx, tables, staged, previews)
    performance.mark('import-diffed')
    const status = tables.size ? await loadStatusInputs(ctx, tables) : null
    const names = { indicators: {} as LoadPreview['names']['indicators'], entities: {} as LoadPreview['names']['entities'] }
    for (const i of status?.after.indicators ?? []) names.indicators[i.indicator_id] = { zh: i.name_zh, en: i.name_en }
    for (const e of status?.entities ?? []) names.entities[e.entity_id] = { zh: e.name_zh, en: e.name_en ?? e.name_zh }
    const preview: LoadPreview = {
      loadId: ctx.id,
      label: options.label,
      files: previews,
      statusChanges: status ? options.judge(status.before, status.after, options.asOf) : [],
      names,
      goodRows: previews.reduce((n, f) => n + f.newRows + f.changedRows + f.unchangedRows, 0),
      rejectedRows: previews.reduce((n, f) => n + f.rejectedRows, 0),
    }
    // A whole dataset replaces every table it brings, even one whose good rows are all unchanged.
    const applicable = IMPORT_TABLE_NAMES.filter((t) =>
      ctx.mode === 'replace' ? tables.has(t) : previews.some((f) => f.table === t && f.newRows + f.changedRows > 0),
    )
    return { ctx, preview, files: staged.map((s) => s.raw), tables: applicable }
  } catch (err) {
    await dropLoad(ctx).catch(() => undefined)
    throw err
  }
}

async function filePreview(ctx: LoadContext, s: Staged, raws: RawFile[]): Promise<FilePreview> {
  const base: FilePreview = {
    index: s.raw.index, name: s.raw.name, size: s.raw.size, format: s.raw.format, encoding: s.raw.encoding,
    table: s.detection?.table ?? null, rows: s.raw.rows, newRows: 0, changedRows: 0, unchangedRows: 0,
    rejectedRows: s.detection ? 0 : s.raw.rows, fatal: !s.detection, changes: [], newSample: [], messages: s.messages,
  }
  if (!s.detection?.table) return base
  const table = s.detection.table
  base.messages = [...s.messages, ...(await problemMessages(ctx, s.raw, s.detection.mapping, raws))]
  base.changes = await changeSamples(ctx, table, s.raw.index)
  base.newSample = await newSample(ctx, table, s.raw.index)
  return base
}

/** Counts per file (one query per table) and the load-wide notes: repeats and conflicts. */
async function addLoadInfo(ctx: LoadContext, tables: Set<TableName>, staged: Staged[], previews: FilePreview[]): Promise<void> {
  const byIndex = new Map(previews.map((p) => [p.index, p]))
  for (const t of tables) {
    for (const c of await countChanges(ctx, t)) Object.assign(byIndex.get(c.file)!, { newRows: c.newRows, changedRows: c.changedRows, unchangedRows: c.unchangedRows })
    for (const r of await countRepeats(ctx, t)) byIndex.get(r.file)!.messages.push(msg('repeated_rows', { file: staged[r.file].raw.name, count: r.n, row: placeRow(staged[r.file].raw.places, r.firstRow), ...cellParam(staged[r.file].raw, r.firstRow) }, 'warning'))
  }
  for (const r of await countRejected(ctx)) {
    const p = byIndex.get(r.file)
    if (p && !p.fatal) p.rejectedRows = r.n
  }
  // Workbook rows the reader refused (a formula, 约5万 …) never reached staging: rejected too.
  for (const s of staged) {
    const p = byIndex.get(s.raw.index)
    if (p && !p.fatal) p.rejectedRows += s.raw.refused.length
  }
  if (tables.has('observations')) {
    for (const c of await conflictSamples(ctx)) {
      byIndex.get(c.file)!.messages.push(msg('conflict', { file: staged[c.file].raw.name, row: placeRow(staged[c.file].raw.places, c.row), ...cellParam(staged[c.file].raw, c.row, staged[c.file].detection?.mapping.value ?? 'value'), year: c.year, value: c.value, others: c.others, count: c.total }, 'info'))
    }
  }
}

export async function applyPrepared(load: PreparedLoad): Promise<void> {
  load.ctx.onProgress({ file: load.preview.label, step: 'applying' })
  await applyLoad(load.ctx, load.tables)
}

export { dropLoad }
