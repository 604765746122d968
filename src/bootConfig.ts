/** Where the bundled dataset's manifest is served from. */
export const BUNDLED_MANIFEST = `${import.meta.env.BASE_URL}data/manifest.json`
/** Arrow IPC copies of the bundled tables, decoded at build time (data/lib/decoded.ts). */
export const BUNDLED_DECODED = `${import.meta.env.BASE_URL}data/decoded/`
/** Every row tracking reads from the bundled dataset, written by `npm run data` (data/snapshot.ts). */
export const BUNDLED_SNAPSHOT = `${import.meta.env.BASE_URL}data/snapshot.json`
/** …and the rows of the overview's headline targets alone: what the overview's first paint reads. */
export const BUNDLED_HEADLINES_SNAPSHOT = `${import.meta.env.BASE_URL}data/snapshot-headlines.json`
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

// The importer's start-up flags (src/stores/imports.ts writes them, the code above reads them before
// DuckDB runs). Kept here so the engine layer (src/db) needs no start-up settings.

export function setUserDataFlag(on: boolean): void {
  try {
    if (on) localStorage.setItem(USER_DATA_FLAG, '1')
    else localStorage.removeItem(USER_DATA_FLAG)
  } catch {
    /* private mode: the snapshot rule then errs on the side of the bundled data only */
  }
}

/** Which stored import is being replayed right now: still set at the next start means the page froze or crashed on it. */
const REPLAYING_KEY = 'vet-monitor:replaying'

export function markReplaying(id: string | null): void {
  try {
    if (id) localStorage.setItem(REPLAYING_KEY, id)
    else localStorage.removeItem(REPLAYING_KEY)
  } catch {
    /* private mode: a freeze then cannot be told apart; the slow-replay flag still applies */
  }
}

export function interruptedReplay(): string | null {
  try {
    return localStorage.getItem(REPLAYING_KEY)
  } catch {
    return null
  }
}
