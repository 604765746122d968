// The presenter's own window (/present/notes) shows only what the audience window sends it over
// the present channel, so it must not start a second DuckDB-WASM (≈34 MB) or load the data.
const NOTES_PATH = /\/present\/notes\/?$/

/** True in the presenter's notes window: start-up skips the engine and the bundled data there. */
export function isPresenterWindow(pathname: string = typeof location === 'undefined' ? '' : location.pathname): boolean {
  return NOTES_PATH.test(pathname)
}
