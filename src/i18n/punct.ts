// Brackets and separators by language: full-width in Chinese, half-width (with a space before) in
// English — "（2025）" in an English sentence is a Chinese leak (issue 14).

/** `v` in brackets: （2025） in Chinese, " (2025)" in English. */
export function inParens(v: string | number, locale: string): string {
  return locale === 'en' ? ` (${v})` : `（${v}）`
}

/** A list separator: ， in Chinese, ", " in English. */
export function listSep(locale: string): string {
  return locale === 'en' ? ', ' : '，'
}

/** A label's colon: ： in Chinese, ": " in English. */
export function colon(locale: string): string {
  return locale === 'en' ? ': ' : '：'
}
