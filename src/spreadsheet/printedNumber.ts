// Numbers as people print them in a report or type them into a form: `1.9万`, `57.4%`,
// `19,000人`. Taken only where the indicator's unit says how to read them (万 multiplies a
// count of people or things, % is the value of a percent indicator), and never when the text
// hedges (约, 余, 左右 …): a hedged figure is not the figure, so it is refused, not rounded.
import type { Unit } from '../vocab'

export type PrintedProblem = 'approximate' | 'unit_mismatch' | 'not_a_number'
export type PrintedNumber = { ok: true; value: number } | { ok: false; problem: PrintedProblem }

/** Words that make a figure an estimate or a bound rather than the figure itself. */
const HEDGES = /约|大约|左右|上下|余|多|近|超|逾|以上|以下|不足|不到|接近|将近|≈|~|～|<|>|≤|≥/
/** Units a 万/亿 multiplier can apply to: amounts of people, things, money, area. */
const SCALABLE: ReadonlySet<string> = new Set<Unit>(['persons', 'person_times', 'count', 'yuan', 'yuan_per_student', 'square_meters'])
/** What a person may write after the number for each unit (the unit itself, as printed). */
const UNIT_SUFFIX: Partial<Record<Unit, RegExp>> = {
  persons: /(人|名)$/,
  person_times: /人次$/,
  count: /(个|所|项|家|门|种|套|台|间|本|册|次|条)$/,
  yuan: /元$/,
  yuan_per_student: /元\/?生?$/,
  months: /个?月$/,
  times: /倍$/,
  square_meters: /(平方米|㎡|m2|m²)$/,
}
const MULTIPLIERS: Record<string, number> = { 万: 4, 亿: 8 }
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/

/** Full-width digits and signs (１９，０００．５％) as their ASCII forms. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0C/g, ',')
    .replace(/\u3000/g, ' ')
}

/** Shift the decimal point right by `places` in text, so 1.15万 is exactly 11500 (not 11499.999…). */
export function shiftDecimal(digits: string, places: number): number {
  const sign = digits.startsWith('-') ? '-' : ''
  const body = digits.replace(/^[+-]/, '')
  const [int, frac = ''] = body.split('.')
  const padded = frac.padEnd(places, '0')
  return Number(`${sign}${int}${padded.slice(0, places)}.${padded.slice(places) || '0'}`)
}

/** The value a printed figure stands for, in the indicator's unit, or why it cannot be taken. */
export function parsePrintedNumber(input: string, unit: string | null): PrintedNumber {
  let text = halfWidth(input).trim().replace(/\s+/g, '')
  if (text === '') return { ok: false, problem: 'not_a_number' }
  if (HEDGES.test(text)) return { ok: false, problem: 'approximate' }
  const suffix = unit ? UNIT_SUFFIX[unit as Unit] : undefined
  if (suffix) text = text.replace(suffix, '')
  let shift = 0
  if (text.endsWith('%')) {
    if (unit !== 'percent') return { ok: false, problem: 'unit_mismatch' }
    text = text.slice(0, -1)
  } else {
    const m = /^(.*?)(万|亿)$/.exec(text)
    if (m) {
      if (!unit || !SCALABLE.has(unit)) return { ok: false, problem: 'unit_mismatch' }
      text = m[1]
      shift = MULTIPLIERS[m[2]]
    }
  }
  if (GROUPED.test(text)) text = text.replace(/,/g, '')
  if (!PLAIN.test(text)) return { ok: false, problem: 'not_a_number' }
  const value = shift ? shiftDecimal(text, shift) : Number(text)
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'not_a_number' }
}
