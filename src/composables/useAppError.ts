// The one place an error nobody else handled ends up (app.config.errorHandler): a render error,
// a failing computed or an event handler that threw. It becomes the app's one error type and is
// shown by the one error panel above the view, so a broken view never just goes blank.
import { ref, shallowRef, type App } from 'vue'
import { DbError, isAbort, toDbError, type DbErrorKind } from '../db/errors'

type Translate = (key: string, params?: Record<string, unknown>) => string

/**
 * The sentence for an error, in the UI's language: one message per code (`errors.<code>`). The
 * engine's or browser's own words are never put into it; they are `detail`, shown folded away.
 */
export function appErrorText(error: DbError, t: Translate, te: (key: string) => boolean): string {
  return te(`errors.${error.code}`) ? t(`errors.${error.code}`, error.params) : t('errors.unknown')
}

/** Anything a handler caught, as the app's one error type with the cause's code (kept when already typed). */
export function asAppError(err: unknown, code: string, kind: DbErrorKind = 'io', params: Record<string, string | number> = {}): DbError {
  return toDbError(err, kind, code, params)
}

/** The last unhandled error, or null. */
const appError = shallowRef<DbError | null>(null)
/** Bumped by "retry": the view is mounted again from scratch. */
const viewAttempt = ref(0)

function detailOf(err: unknown, info: string): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
  return info ? `${text} (${info})` : text
}

export function installErrorHandler(app: App): void {
  app.config.errorHandler = (err, _instance, info) => {
    console.error(err)
    if (isAbort(err)) return // a cancelled query is not a failure
    appError.value = err instanceof DbError ? err : new DbError('render', 'render_failed', {}, detailOf(err, info))
  }
}

export function useAppError() {
  function retry() {
    appError.value = null
    viewAttempt.value++
  }
  return { appError, viewAttempt, retry }
}
