// One error path (issue 16): every error code has a sentence of its own in each language, and what
// the engine or browser said (English, usually) never ends up inside the Chinese sentence; it is
// the error's `detail`, shown folded away by the error panel.
import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { allMessages } from '../../src/i18n'
import { DbError } from '../../src/db/errors'
import { appErrorText, asAppError } from '../../src/composables/useAppError'

const messages = allMessages()
const zhErrors = messages['zh-CN'].errors as Record<string, string>
const CODES = Object.keys(zhErrors).filter((k) => !['title', 'retry', 'details'].includes(k))

// A tiny translator over the merged messages: enough to render `errors.<code>` with its params.
function translator(locale: 'zh-CN' | 'en') {
  const lookup = (key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages[locale])
  const te = (key: string) => typeof lookup(key) === 'string'
  const t = (key: string, params: Record<string, unknown> = {}) =>
    String(lookup(key)).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
  return { t, te }
}

const ENGINE_WORDS = 'TypeError: Failed to fetch; Out of Memory Error: could not allocate block of size 262144 (memory_limit)'
const latinRuns = (s: string) => new Set(s.match(/[A-Za-z][A-Za-z_-]*/g) ?? [])
// What a user's own data legitimately puts into a sentence (file names, table names): Chinese here,
// so any Latin letters in the result can only come from the template or from leaked detail.
const placeholders = (template: string) => Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map(([, n]) => [n, `〔${n}的值〕`]))

describe('error messages carry no engine words', () => {
  it('has codes to check, each in both languages', () => {
    expect(CODES.length).toBeGreaterThan(10)
    for (const code of CODES) expect(typeof (messages.en.errors as Record<string, string>)[code], code).toBe('string')
  })

  it.each(CODES)('zh %s: no Latin-letter run from the detail, whatever the detail says', (code) => {
    const { t, te } = translator('zh-CN')
    const template = zhErrors[code]
    // The detail is offered under every name a message might have interpolated it by.
    const params = { ...placeholders(template), detail: ENGINE_WORDS, message: ENGINE_WORDS, reason: ENGINE_WORDS, error: ENGINE_WORDS }
    const text = appErrorText(new DbError('io', code, params, ENGINE_WORDS), t, te)
    const fromTemplate = latinRuns(template)
    const extra = [...latinRuns(text)].filter((run) => !fromTemplate.has(run))
    expect(extra, `${code}: ${text}`).toEqual([])
    expect(text).not.toContain('Failed')
  })

  it('no message in any file interpolates raw detail ({detail}, {message}, {error}) in either language', () => {
    const leaves = (o: unknown, at: string): [string, string][] =>
      typeof o === 'string' ? [[at, o]] : Object.entries(o as object).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k))
    const found = (['zh-CN', 'en'] as const).flatMap((l) => leaves(messages[l], l)).filter(([, s]) => /\{(detail|message|error)\}/.test(s))
    expect(found).toEqual([])
    expect(readdirSync('src/i18n/features').length).toBeGreaterThan(0) // the merged messages include the feature files
  })

  it('a thrown error becomes the typed error of its cause, the engine words kept only as detail', () => {
    const e = asAppError(new Error(ENGINE_WORDS), 'export_failed')
    expect(e).toBeInstanceOf(DbError)
    expect(e.code).toBe('export_failed')
    expect(e.detail).toBe(ENGINE_WORDS)
    const { t, te } = translator('zh-CN')
    expect(appErrorText(e, t, te)).toBe(zhErrors.export_failed)
    // An error already typed keeps its own cause.
    const typed = new DbError('io', 'fetch_failed', { url: '数据.parquet' })
    expect(asAppError(typed, 'export_failed')).toBe(typed)
    // An unknown code says so in words, not with the code.
    expect(appErrorText(new DbError('io', 'no_such_code', {}, ENGINE_WORDS), t, te)).toBe(zhErrors.unknown)
  })
})
