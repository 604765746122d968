// Derived-indicator formulas (contract: "an arithmetic expression over other indicator_ids of
// the same entity and year"): numbers, ids, + - * /, unary minus, parentheses.
// Grammar: expr = term (('+'|'-') term)* ; term = unary (('*'|'/') unary)* ;
//          unary = '-' unary | primary ; primary = number | id | '(' expr ')'

export type FormulaNode =
  | { type: 'num'; value: number }
  | { type: 'ref'; id: string }
  | { type: 'neg'; arg: FormulaNode }
  | { type: 'bin'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode }

export type ParseResult = { ok: true; ast: FormulaNode; refs: string[] } | { ok: false; error: string }

type Token = { kind: 'num' | 'id' | 'op'; text: string; pos: number }

const TOKEN = /\s*(?:(\d+(?:\.\d+)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/()]))/y

function tokenize(src: string): Token[] | string {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  let pos = 0
  while (pos < src.length) {
    if (src.slice(pos).trim() === '') break
    TOKEN.lastIndex = pos
    const m = TOKEN.exec(src)
    if (!m) return `unexpected character "${src.slice(pos).trim().charAt(0)}" at ${pos + 1}`
    const text = m[1] ?? m[2] ?? m[3] ?? ''
    const start = m.index + m[0].length - text.length
    tokens.push({ kind: m[1] !== undefined ? 'num' : m[2] !== undefined ? 'id' : 'op', text, pos: start })
    pos = TOKEN.lastIndex
  }
  return tokens
}

export function parseFormula(src: string): ParseResult {
  const tokens = tokenize(src)
  if (typeof tokens === 'string') return { ok: false, error: tokens }
  if (tokens.length === 0) return { ok: false, error: 'empty formula' }
  let i = 0
  const refs: string[] = []
  const peek = (): Token | undefined => tokens[i]
  const fail = (what: string): never => {
    const t = peek()
    throw new Error(t ? `${what}, found "${t.text}" at ${t.pos + 1}` : `${what} at end of formula`)
  }
  const expr = (): FormulaNode => {
    let left = term()
    for (let t = peek(); t?.kind === 'op' && (t.text === '+' || t.text === '-'); t = peek()) {
      i++
      left = { type: 'bin', op: t.text, left, right: term() }
    }
    return left
  }
  const term = (): FormulaNode => {
    let left = unary()
    for (let t = peek(); t?.kind === 'op' && (t.text === '*' || t.text === '/'); t = peek()) {
      i++
      left = { type: 'bin', op: t.text, left, right: unary() }
    }
    return left
  }
  const unary = (): FormulaNode => {
    const t = peek()
    if (t?.kind === 'op' && t.text === '-') {
      i++
      return { type: 'neg', arg: unary() }
    }
    return primary()
  }
  const primary = (): FormulaNode => {
    const t = peek()
    if (t?.kind === 'num') {
      i++
      return { type: 'num', value: Number(t.text) }
    }
    if (t?.kind === 'id') {
      i++
      if (!refs.includes(t.text)) refs.push(t.text)
      return { type: 'ref', id: t.text }
    }
    if (t?.kind === 'op' && t.text === '(') {
      i++
      const inner = expr()
      if (peek()?.text !== ')') fail('expected ")"')
      i++
      return inner
    }
    return fail('expected a number, an indicator id or "("')
  }
  try {
    const ast = expr()
    if (i < tokens.length) fail('expected an operator')
    return { ok: true, ast, refs }
  } catch (e) {
    return { ok: false, error: (e as Error).message }
  }
}

/** Evaluate with values by indicator id; null when a value is missing or a division is by zero. */
export function evaluateFormula(node: FormulaNode, values: ReadonlyMap<string, number>): number | null {
  switch (node.type) {
    case 'num':
      return node.value
    case 'ref':
      return values.get(node.id) ?? null
    case 'neg': {
      const v = evaluateFormula(node.arg, values)
      return v === null ? null : -v
    }
    case 'bin': {
      const l = evaluateFormula(node.left, values)
      const r = evaluateFormula(node.right, values)
      if (l === null || r === null) return null
      if (node.op === '+') return l + r
      if (node.op === '-') return l - r
      if (node.op === '*') return l * r
      return r === 0 ? null : l / r
    }
  }
}
