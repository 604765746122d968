// A computed indicator's formula in words for the planner (issue 14): "100 * dual_qualified_teachers_higher
// / specialty_teachers_higher" reads "100 × 双师型教师数（高职） ÷ 专业课教师数（高职）". Ids the
// dataset does not name stay as they are; numbers and brackets are kept.

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/g
const OPERATORS: Record<string, string> = { '*': ' × ', '/': ' ÷ ', '+': ' + ', '-': ' − ' }

/** `formula` with each indicator id replaced by its name and the operators as signs. */
export function formulaInWords(formula: string, name: (id: string) => string | null | undefined): string {
  return formula
    .replace(IDENT, (id) => name(id) || id)
    .replace(/\s*([*/+-])\s*/g, (_, op: string) => OPERATORS[op] ?? op)
    .trim()
}
