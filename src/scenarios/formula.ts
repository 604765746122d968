// A derived indicator's formula (DATA_CONTRACT: arithmetic over other indicator_ids of the same
// entity and year), parsed without eval: numbers, ids, + - * /, unary minus, parentheses.
// Grammar: expr = term (('+'|'-') term)* ; term = unary (('*'|'/') unary)* ;
//          unary = '-' unary | primary ; primary = number | id | '(' expr ')'

export type Formula =
  | { type: 'num'; value: number }
  | { type: 'ref'; id: string }
  | { type: 'neg'; arg: Formula }
  | { type: 'bin'; op: '+' | '-' | '*' | '/'; left: Formula; right: Formula }

export interface ParsedFormula {
  ast: Formula
  /** Indicator ids in order of first appearance. */
  refs: string[]
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/()]))/y
const MAX_LENGTH = 500

/** Parse a formula; throws an Error naming the position of the first problem. */
export function parseFormula(src: string): ParsedFormula {
  if (src.length > MAX_LENGTH) throw new Error(`formula longer than ${MAX_LENGTH} characters`)
  const tokens: { text: string; kind: 'num' | 'id' | 'op'; pos: number }[] = []
  for (let pos = 0; src.slice(pos).trim() !== ''; ) {
    TOKEN.lastIndex = pos
    const m = TOKEN.exec(src)
    if (!m) throw new Error(`unexpected "${src.slice(pos).trim().charAt(0)}" at ${pos + 1}`)
    const text = m[1] ?? m[2] ?? m[3]!
    tokens.push({ text, kind: m[1] !== undefined ? 'num' : m[2] !== undefined ? 'id' : 'op', pos: TOKEN.lastIndex - text.length })
    pos = TOKEN.lastIndex
  }
  let i = 0
  const refs: string[] = []
  const fail = (what: string): never => {
    const t = tokens[i]
    throw new Error(t ? `${what}, found "${t.text}" at ${t.pos + 1}` : `${what} at end of formula`)
  }
  const isOp = (...ops: string[]) => tokens[i]?.kind === 'op' && ops.includes(tokens[i]!.text)
  const expr = (): Formula => {
    let left = term()
    while (isOp('+', '-')) left = { type: 'bin', op: tokens[i++]!.text as '+' | '-', left, right: term() }
    return left
  }
  const term = (): Formula => {
    let left = unary()
    while (isOp('*', '/')) left = { type: 'bin', op: tokens[i++]!.text as '*' | '/', left, right: unary() }
    return left
  }
  const unary = (): Formula => {
    if (!isOp('-')) return primary()
    i++
    return { type: 'neg', arg: unary() }
  }
  const primary = (): Formula => {
    const t = tokens[i]
    if (t?.kind === 'num') return i++, { type: 'num', value: Number(t.text) }
    if (t?.kind === 'id') {
      i++
      if (!refs.includes(t.text)) refs.push(t.text)
      return { type: 'ref', id: t.text }
    }
    if (isOp('(')) {
      i++
      const inner = expr()
      if (!isOp(')')) fail('expected ")"')
      i++
      return inner
    }
    return fail('expected a number, an indicator id or "("')
  }
  if (tokens.length === 0) throw new Error('empty formula')
  const ast = expr()
  if (i < tokens.length) fail('expected an operator')
  return { ast, refs }
}

/** Value of the formula; null when a reference is missing, a division is by 0 or the result is not finite. */
export function evaluateFormula(node: Formula, values: (id: string) => number | null | undefined): number | null {
  const v = evalNode(node, values)
  return v !== null && Number.isFinite(v) ? v : null
}

function evalNode(node: Formula, values: (id: string) => number | null | undefined): number | null {
  switch (node.type) {
    case 'num':
      return node.value
    case 'ref':
      return values(node.id) ?? null
    case 'neg': {
      const v = evalNode(node.arg, values)
      return v === null ? null : -v
    }
    case 'bin': {
      const l = evalNode(node.left, values)
      const r = evalNode(node.right, values)
      if (l === null || r === null) return null
      if (node.op === '+') return l + r
      if (node.op === '-') return l - r
      if (node.op === '*') return l * r
      return r === 0 ? null : l / r
    }
  }
}

/**
 * x ≥ 0 such that fn(x) = goal (parts are counts: never negative), searched outwards from `near`
 * and refined by bisection. Null when no such x exists within reach (e.g. a share above 100 %
 * from a numerator alone is fine, but a share of 0 from a denominator is not).
 */
export function solveNonNegative(fn: (x: number) => number | null, goal: number, near: number): number | null {
  const g = (x: number) => {
    const v = fn(x)
    return v === null ? null : v - goal
  }
  const tolerance = 1e-9 * Math.max(1, Math.abs(goal))
  const g0 = g(Math.max(0, near))
  if (g0 !== null && Math.abs(g0) <= tolerance) return Math.max(0, near)
  const x0 = Math.max(0, near)
  let step = Math.max(x0, 1)
  // Outwards up to ~10⁷ times the current level (no plan needs more), and towards 0 by halving:
  // a share's asymptote (never reaching 100 %) is not mistaken for a root far away.
  for (let k = 0; k < 24; k++, step *= 2) {
    const below = x0 - step > 0 ? x0 - step : x0 * 2 ** -(k + 1)
    for (const [a, b] of [
      [x0, x0 + step],
      [below, x0],
    ] as const) {
      const ga = g(a)
      const gb = g(b)
      if (ga === null || gb === null || a === b || Math.sign(ga) === Math.sign(gb)) continue
      const x = bisect(g, a, b, ga)
      const gx = x === null ? null : g(x)
      // A sign change across a pole (division by ~0) is not a root: check the residual.
      if (x !== null && gx !== null && Math.abs(gx) <= 1e-6 * Math.max(1, Math.abs(goal))) return x
    }
  }
  return null
}

function bisect(g: (x: number) => number | null, a: number, b: number, ga: number): number | null {
  let lo = a
  let hi = b
  let glo = ga
  for (let n = 0; n < 200; n++) {
    const mid = (lo + hi) / 2
    const gm = g(mid)
    if (gm === null) return null
    if (gm === 0 || hi - lo <= 1e-12 * Math.max(1, Math.abs(mid))) return mid
    if (Math.sign(gm) === Math.sign(glo)) {
      lo = mid
      glo = gm
    } else hi = mid
  }
  return (lo + hi) / 2
}
