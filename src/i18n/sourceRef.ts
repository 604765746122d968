// A source reference as the documents print it (表1, 二、（一）, （十一）, 专栏2（3）, 【案例 3】, 1.3.2 标题)
// in English words: Table 1, §2(1), §(11), Box 2(3), Case 3, §1.3.2. The Chinese form stays the
// record (data and the Chinese UI); headings quoted after a number are dropped in English, where
// the number already locates the passage. Issue 14: no Chinese outside names and quotes.

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 一 … 九十九 as a number; null for anything else. */
export function chineseNumeral(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s)
  if (!m || !s) return null
  const [, a, ten, b] = m
  if (!ten) return a && !b ? DIGITS[a]! : null
  return (a ? DIGITS[a]! : 1) * 10 + (b ? DIGITS[b]! : 0)
}

const CN = '[一二三四五六七八九十]+'
const RULES: [RegExp, (m: RegExpExecArray) => string | null][] = [
  [/^前言$/, () => 'Preface'],
  [/^表\s*(\d+(?:[.-]\d+)*)/, (m) => `Table ${m[1]}`],
  [/^【?\s*案例\s*(\d+(?:-\d+)?)\s*】?/, (m) => `Case ${m[1]}`],
  [/^专栏\s*(\d+)(?:（(\d+)）)?/, (m) => `Box ${m[1]}${m[2] ? `(${m[2]})` : ''}`],
  [new RegExp(`^(${CN})、(?:（(${CN})）)?(\\d+)?$`), (m) => section(m[1]!, m[2], m[3])],
  [new RegExp(`^（(${CN})）$`), (m) => (chineseNumeral(m[1]!) === null ? null : `§(${chineseNumeral(m[1]!)})`)],
  [/^(\d+(?:\.\d+)*)\.?(?:\s|$)/, (m) => `§${m[1]}`],
  [/段\s*(\d+)/, (m) => `para. ${m[1]}`],
]

function section(part: string, sub: string | undefined, item: string | undefined): string | null {
  const p = chineseNumeral(part)
  const s = sub === undefined ? undefined : chineseNumeral(sub)
  if (p === null || s === null) return null
  return `§${p}${s === undefined ? '' : `(${s})`}${item ? `, item ${item}` : ''}`
}

/** The reference in English; null when it cannot be put in English words (the caller then cites the document alone). */
export function sourceRefInEnglish(ref: string): string | null {
  const r = ref.trim()
  if (!/[\u3000-\u9fff\uff00-\uffef]/.test(r)) return r || null
  for (const [re, make] of RULES) {
    const m = re.exec(r)
    if (m) return make(m)
  }
  return null
}

/** The reference for a locale: as printed in Chinese, in English words in English. */
export function sourceRefText(ref: string, locale: string): string | null {
  return locale === 'en' ? sourceRefInEnglish(ref) : ref.trim() || null
}
