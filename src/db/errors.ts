// One error type for everything the engine can throw, so the UI has one way to show it.
// `code` selects a translated message (i18n key `errors.<code>`); `params` fill it in.

/** 'render': an error the app did not handle elsewhere (app.config.errorHandler). */
export type DbErrorKind = 'init' | 'io' | 'parse' | 'schema' | 'sql' | 'aborted' | 'render'

export class DbError extends Error {
  constructor(
    readonly kind: DbErrorKind,
    /** i18n key under `errors.` */
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    /** technical detail for the details panel (never shown as the main message) */
    readonly detail = '',
  ) {
    super(`${kind}:${code}${detail ? ` — ${detail}` : ''}`)
    this.name = 'DbError'
  }
}

export function isAbort(err: unknown): boolean {
  return err instanceof DbError && err.kind === 'aborted'
}

/** Normalise anything thrown by DuckDB, fetch or the decoder into a DbError. */
export function toDbError(err: unknown, kind: DbErrorKind = 'sql', code = 'query_failed', params: Record<string, string | number> = {}): DbError {
  if (err instanceof DbError) return err
  if (err instanceof DOMException && err.name === 'AbortError') return new DbError('aborted', 'aborted')
  const detail = err instanceof Error ? err.message : String(err)
  return new DbError(kind, code, params, detail)
}
