// Derived-indicator formulas at build time: the same parser and evaluator the browser uses
// (src/scenarios/formula.ts), wrapped to report a parse error as a value instead of a throw.
import { evaluateFormula as evaluate, parseFormula as parse, type Formula } from '../../src/scenarios/formula'

export type FormulaNode = Formula

export type ParseResult = { ok: true; ast: FormulaNode; refs: string[] } | { ok: false; error: string }

export function parseFormula(src: string): ParseResult {
  try {
    return { ok: true, ...parse(src) }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) }
  }
}

/** Evaluate with values by indicator id; null when a value is missing or a division is by zero. */
export function evaluateFormula(node: FormulaNode, values: ReadonlyMap<string, number>): number | null {
  return evaluate(node, (id) => values.get(id))
}
