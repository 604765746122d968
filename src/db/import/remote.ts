// ?data=<url> pointing at one .parquet/.csv file: fetched here and handed to the import
// preview like a chosen file. (A manifest.json is opened by app.ts as the whole dataset.)
import { fetchBytes } from '../ingest'
import type { ImportFile } from './types'

export function isManifestUrl(url: string): boolean {
  return /\.json$/i.test(new URL(url, location.href).pathname)
}

function fileName(url: string): string {
  const path = new URL(url, location.href).pathname
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || 'data'
}

/** Fetch the file; throws DbError('io', 'fetch_failed', { url }) when it cannot be read. */
export async function fetchDataFile(url: string): Promise<ImportFile> {
  const absolute = new URL(url, location.href).href
  const bytes = await fetchBytes(absolute)
  return { name: fileName(absolute), blob: new Blob([bytes]) }
}
