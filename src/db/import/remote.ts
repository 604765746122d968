// ?data=<url>: what a link may point at, and fetching it with progress, a cancel, a time limit
// and a size limit. A link's data is never trusted more than a file the user picked: a single
// file and a whole dataset (a manifest.json and its tables) both go through the import preview.
import { DbError, toDbError } from '../errors'
import { isPartitioned } from '../partitioned/manifest'
import { TABLE_NAMES } from '../../types/contract'
import { parseDatasetFacts, type DatasetFacts } from '../../types/datasetFacts'
import type { ImportFile } from './types'

/** A slow link is stopped after this long (the importer stays usable meanwhile). */
export const LINK_TIMEOUT_MS = 60_000
/** More than this is not a dataset a link should carry into a browser page. */
export const LINK_MAX_BYTES = 512 * 1024 * 1024

export interface LinkProgress {
  url: string
  received: number
}

export interface LinkOptions {
  signal?: AbortSignal
  timeoutMs?: number
  onProgress?: (p: LinkProgress) => void
}

/** The one test of "is this link a dataset manifest": the path ends in .json, whatever follows (?x, #x). */
export function isManifestUrl(url: string): boolean {
  try {
    const u = new URL(url, location.href)
    return /^https?:$/.test(u.protocol) && /\.json$/i.test(u.pathname)
  } catch {
    return false
  }
}

/**
 * Why a link's address is refused, or null. Only http(s): a `data:` or `blob:` address carries
 * its content inside the link itself, so anyone could mint a link with forged figures.
 */
export function linkProblem(url: string): DbError | null {
  let u: URL
  try {
    u = new URL(url, location.href)
  } catch {
    return new DbError('io', 'fetch_failed', { url })
  }
  if (/^https?:$/.test(u.protocol)) return null
  return new DbError('io', 'link_scheme_refused', { url: url.slice(0, 80), scheme: u.protocol })
}

function fileName(url: string): string {
  const path = new URL(url, location.href).pathname
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || 'data'
}

/** Fetch a link's bytes: refused schemes, progress as bytes arrive, cancel, time and size limits. */
export async function fetchLinked(url: string, options: LinkOptions = {}): Promise<Uint8Array> {
  const refused = linkProblem(url)
  if (refused) throw refused
  const absolute = new URL(url, location.href).href
  const seconds = (options.timeoutMs ?? LINK_TIMEOUT_MS) / 1000
  const stop = new AbortController()
  let why: DbError | null = null
  const end = (e: DbError) => {
    why ??= e
    stop.abort()
  }
  const timer = setTimeout(() => end(new DbError('io', 'link_timeout', { url, seconds })), seconds * 1000)
  const onCancel = () => end(new DbError('aborted', 'link_cancelled', { url }))
  if (options.signal?.aborted) onCancel()
  options.signal?.addEventListener('abort', onCancel, { once: true })
  try {
    const res = await fetch(absolute, { signal: stop.signal })
    if (!res.ok) throw new DbError('io', 'fetch_failed', { url }, `HTTP ${res.status}`)
    const reader = res.body!.getReader()
    const parts: Uint8Array[] = []
    let received = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      received += value.length
      if (received > LINK_MAX_BYTES) end(new DbError('io', 'link_too_large', { url, limit: `${LINK_MAX_BYTES / 1024 / 1024} MB` }))
      if (why) throw why
      parts.push(value)
      options.onProgress?.({ url, received })
    }
    const out = new Uint8Array(received)
    let at = 0
    for (const p of parts) {
      out.set(p, at)
      at += p.length
    }
    return out
  } catch (err) {
    throw why ?? toDbError(err, 'io', 'fetch_failed', { url })
  } finally {
    clearTimeout(timer)
    options.signal?.removeEventListener('abort', onCancel)
  }
}

/** Fetch one linked .parquet/.csv as a file for the import preview. */
export async function fetchDataFile(url: string, options: LinkOptions = {}): Promise<ImportFile> {
  const bytes = await fetchLinked(url, options)
  return { name: fileName(url), blob: new Blob([bytes as BlobPart]) }
}

export type LinkedDataset =
  | { kind: 'files'; name: { zh: string; en: string }; facts: DatasetFacts; files: ImportFile[] }
  /** Hive-partitioned tables are read by range as views need them (src/db/partitioned), not previewed whole. */
  | { kind: 'partitioned'; manifestText: string }

/** Fetch a manifest and its four tables; every address in it passes the same test as the link. */
export async function fetchLinkedDataset(manifestUrl: string, options: LinkOptions = {}): Promise<LinkedDataset> {
  const text = new TextDecoder().decode(await fetchLinked(manifestUrl, options))
  let manifest: { name?: unknown; name_en?: unknown; tables?: Record<string, unknown> }
  try {
    manifest = JSON.parse(text)
  } catch (err) {
    throw new DbError('schema', 'manifest_invalid', { url: manifestUrl }, err instanceof Error ? err.message : String(err))
  }
  if (!manifest || typeof manifest.name !== 'string' || !manifest.tables || typeof manifest.tables !== 'object') {
    throw new DbError('schema', 'manifest_invalid', { url: manifestUrl })
  }
  const base = new URL(manifestUrl, location.href)
  const entries = TABLE_NAMES.map((table) => {
    const entry = manifest.tables![table]
    if (entry === undefined || entry === null) throw new DbError('schema', 'manifest_missing_table', { url: manifestUrl, table })
    if (isPartitioned(entry as never)) return { table, entry: null }
    if (typeof entry !== 'string') throw new DbError('schema', 'manifest_invalid', { url: manifestUrl })
    const refused = linkProblem(new URL(entry, base).href)
    if (refused) throw refused
    return { table, entry: new URL(entry, base).href }
  })
  // The manifest travels on to the loader, which then need not fetch it again (it can be MBs).
  if (entries.some((e) => e.entry === null)) return { kind: 'partitioned', manifestText: text }
  const files: ImportFile[] = []
  for (const { table, entry } of entries) {
    const file = await fetchDataFile(entry!, options)
    // The table's name leads, so detection has the manifest's word for what the file is.
    files.push({ name: `${table} · ${file.name}`, blob: file.blob })
  }
  const en = typeof manifest.name_en === 'string' ? manifest.name_en : manifest.name
  return { kind: 'files', name: { zh: manifest.name, en }, facts: parseDatasetFacts(manifest), files }
}
