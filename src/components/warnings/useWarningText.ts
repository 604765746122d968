// Warnings as words and numbers in the current language: figures per year, the consequence
// ("next year's plan cut by 10–20%: 1,200 → 960–1,080"), the rule's clause and quote.
import { useI18n } from 'vue-i18n'
import { RULES, RULES_DOCUMENT, facilityClause, type Warning } from '../../warnings'
import type { NamedEntity } from '../../queries/warnings'

export function useWarningText() {
  const { t, locale } = useI18n()
  const num = (v: number) => new Intl.NumberFormat(locale.value, { maximumFractionDigits: 1 }).format(v)
  const pct = (v: number | null) => (v === null ? t('warnings.figure.notReported') : `${num(v)}%`)
  const count = (v: number | null) => (v === null ? t('warnings.figure.notReported') : num(v))

  function entityName(e: NamedEntity | undefined, id: string | null): string {
    if (!e) return id ?? '—'
    return locale.value === 'en' ? (e.name_en ?? e.name_zh) : e.name_zh
  }

  function figures(w: Warning): string[] {
    const lines = w.years.map((y) => {
      const f = y.figures
      if (w.rule === 'major_alert') return t('warnings.figure.major', { year: y.year, employment: pct(f.employment_rate), matched: pct(f.matched_employment_rate) })
      if (w.rule === 'plan_completion') {
        const key = f.completion === null ? 'warnings.figure.planUnknown' : 'warnings.figure.plan'
        return t(key, { year: y.year, completion: pct(f.completion), actual: count(f.actual), planned: count(f.planned) })
      }
      return t('warnings.figure.facility', { year: y.year, unmet: count(f.unmet) })
    })
    const sep = locale.value === 'en' ? ', ' : '、'
    if (w.missingYears.length) lines.push(t('warnings.figure.missingYear', { years: w.missingYears.join(sep) }))
    if (w.unmetItems.length) lines.push(t('warnings.figure.unmet', { items: w.unmetItems.join(sep) }))
    return lines
  }

  function consequence(w: Warning): string {
    const c = w.consequence
    const prefix = w.state === 'watch' ? t('warnings.consequence.ifRepeats') : w.state === 'cannot_tell' ? t('warnings.consequence.ifTriggered') : ''
    if (c.plan === null && c.kind !== 'correction_or_closure') return prefix + t('warnings.consequence.planUnknown')
    const params = { year: c.basisYear, plan: count(c.plan), low: c.after ? num(c.after[0]) : '', high: c.after ? num(c.after[1]) : '' }
    if (c.kind === 'correction_or_closure') {
      return prefix + t(`warnings.consequence.correction_or_closure_${w.level === 'higher' ? 'higher' : 'secondary'}`, params)
    }
    return prefix + t(`warnings.consequence.${c.kind}`, params)
  }

  /** The clause that applies to this warning, with the document's own words. */
  function citation(w: Warning): string {
    const rule = RULES[w.rule]
    let i = 0
    if (w.rule === 'facility_standard') i = rule.clauses.indexOf(facilityClause(w.level ?? 'secondary'))
    const doc = locale.value === 'en' ? RULES_DOCUMENT.titleEn : RULES_DOCUMENT.titleZh
    return t('warnings.clauseQuote', { doc, clause: rule.clauses[i], quote: rule.quotes[i] })
  }

  const clauseOf = (w: Warning) => (w.rule === 'facility_standard' ? facilityClause(w.level ?? 'secondary') : RULES[w.rule].clauses[0])

  return { num, pct, entityName, figures, consequence, citation, clauseOf }
}
