/** Where the bundled dataset's manifest is served from. */
export const BUNDLED_MANIFEST = `${import.meta.env.BASE_URL}data/manifest.json`
/** Headline targets of the bundled dataset, precomputed by `npm run data` (data/snapshot.ts). */
export const BUNDLED_SNAPSHOT = `${import.meta.env.BASE_URL}data/snapshot.json`
/** Set by the importer while the user's own data is persisted (it replaces or extends the bundled data). */
export const USER_DATA_FLAG = 'vet-monitor:user-data'

/** True when the page will show the bundled dataset alone (no ?data=, no persisted imports). */
export function usesBundledDataOnly(): boolean {
  if (new URLSearchParams(location.search).has('data')) return false
  try {
    return localStorage.getItem(USER_DATA_FLAG) !== '1'
  } catch {
    return true
  }
}
