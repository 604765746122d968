// ?data=<url>: a manifest.json (a whole dataset) or one .parquet/.csv file. The manifest and
// every table it lists are fetched and checked here first, so a bad link leaves the data as it was.
import { DbError } from '../errors'
import { fetchBytes } from '../ingest'
import { TABLE_NAMES } from '../../types/contract'
import type { ImportFile } from './types'

export type DataParam = { kind: 'manifest'; url: string } | { kind: 'file'; file: ImportFile }

export function isManifestUrl(url: string): boolean {
  return /\.json$/i.test(new URL(url, location.href).pathname)
}

function fileName(url: string): string {
  const path = new URL(url, location.href).pathname
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || 'data'
}

const PAR1 = [0x50, 0x41, 0x52, 0x31]
const isParquet = (b: Uint8Array) => b.length >= 12 && PAR1.every((m, i) => b[i] === m && b[b.length - 4 + i] === m)

/** Fetch what ?data= points at; throws DbError (code under importer.msg) when it is unusable. */
export async function fetchDataParam(url: string): Promise<DataParam> {
  const absolute = new URL(url, location.href).href
  if (!isManifestUrl(absolute)) {
    const bytes = await fetchBytes(absolute)
    return { kind: 'file', file: { name: fileName(absolute), blob: new Blob([bytes]) } }
  }
  let manifest: { tables?: Record<string, string> }
  try {
    manifest = JSON.parse(new TextDecoder().decode(await fetchBytes(absolute)))
  } catch (err) {
    if (err instanceof DbError) throw err
    throw new DbError('parse', 'manifest_invalid', { url })
  }
  if (!manifest?.tables || typeof manifest.tables !== 'object') throw new DbError('schema', 'manifest_invalid', { url })
  for (const t of TABLE_NAMES) {
    const rel = manifest.tables[t]
    if (typeof rel !== 'string') throw new DbError('schema', 'manifest_missing_table', { url, table: t })
    const tableUrl = new URL(rel, absolute).href
    if (!isParquet(new Uint8Array(await fetchBytes(tableUrl)))) throw new DbError('parse', 'manifest_table_unreadable', { url: tableUrl, table: t })
  }
  return { kind: 'manifest', url: absolute }
}
