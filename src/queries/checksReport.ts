// The data-check report (public/data/checks.json, written by `npm run data`) turned into what
// the data view shows: figures with names and units, only the checks that found something,
// filtered by the search. Pure: names come in as lookups, nothing here touches DuckDB.
import type { CheckReport, CitedValue, ReportCounts } from '../types/checkReport'
import { documentShortTitle, documentTitle } from './documents'
import { matchesTerms } from './catalogueSearch'

export type { CheckReport, ReportCounts }

export interface IndicatorLabel {
  indicator_id: string
  name_zh: string | null
  name_en: string | null
  unit: string | null
  display: string | null
}

export interface EntityLabel {
  entity_id: string
  name_zh: string | null
  name_en: string | null
}

/** One figure as a document prints it, with what it is about. */
export interface CitedFigure {
  indicator: IndicatorLabel
  entity: EntityLabel
  year: number
  value: number
  source_doc: string
  source_ref: string
  quote: string | null
  /** The curators' remark (bundled data only). */
  note: string | null
}

/** Same indicator, entity and year printed with different values. */
export interface ConflictGroup {
  indicator: IndicatorLabel
  entity: EntityLabel
  year: number
  values: CitedFigure[]
}

/** A printed total that is not the sum of its printed parts. */
export interface SumIssue {
  check_id: string
  total: CitedFigure
  parts: CitedFigure[]
  parts_sum: number
  /** total − parts_sum */
  difference: number
}

/** A printed share that its formula's parts do not reproduce. */
export interface DerivedIssue {
  kind: string
  formula: string
  printed: CitedFigure
  inputs: CitedFigure[]
  computed: number
  /** printed − computed */
  difference: number
  tolerance: number
}

export interface ChecksView {
  conflicts: ConflictGroup[]
  sums: SumIssue[]
  derived: DerivedIssue[]
  counts: ReportCounts
}

export interface Lookups {
  indicators: ReadonlyMap<string, IndicatorLabel>
  entities: ReadonlyMap<string, EntityLabel>
}

/** Every indicator and entity id the report mentions (to look their names up). */
export function reportIds(report: CheckReport): { indicators: string[]; entities: string[] } {
  const ind = new Set<string>()
  const ent = new Set<string>()
  const add = (v: CitedValue) => {
    ind.add(v.indicator_id)
    ent.add(v.entity_id)
  }
  for (const c of report.conflicts) c.values.forEach(add)
  for (const s of report.sums) [s.total, ...s.parts].forEach(add)
  for (const d of report.derived) [d.printed, ...d.inputs].forEach(add)
  return { indicators: [...ind].sort(), entities: [...ent].sort() }
}

function figure(v: CitedValue, lookups: Lookups): CitedFigure {
  return {
    indicator: lookups.indicators.get(v.indicator_id) ?? { indicator_id: v.indicator_id, name_zh: null, name_en: null, unit: null, display: null },
    entity: lookups.entities.get(v.entity_id) ?? { entity_id: v.entity_id, name_zh: null, name_en: null },
    year: v.year,
    value: v.value,
    source_doc: v.source_doc,
    source_ref: v.source_ref,
    quote: v.quote,
    note: v.note,
  }
}

/** Words a search can match in a figure: ids, names in both languages, source, quote, note. */
export function figureTexts(f: CitedFigure): (string | number | null)[] {
  return [
    f.indicator.indicator_id, f.indicator.name_zh, f.indicator.name_en,
    f.entity.entity_id, f.entity.name_zh, f.entity.name_en,
    f.year, f.source_doc, documentTitle(f.source_doc, 'zh'), documentTitle(f.source_doc, 'en'),
    documentShortTitle(f.source_doc, 'zh'), documentShortTitle(f.source_doc, 'en'),
    f.source_ref, f.quote, f.note,
  ]
}

const anyMatches = (terms: readonly string[], figures: CitedFigure[]) => matchesTerms(terms, figures.flatMap(figureTexts))

/** The report's findings (conflicts, totals that do not add up, derived mismatches) that match the terms. */
export function checksView(report: CheckReport, lookups: Lookups, terms: readonly string[]): ChecksView {
  const conflicts = report.conflicts
    .map((c) => {
      const values = c.values.map((v) => figure(v, lookups))
      return { indicator: values[0].indicator, entity: values[0].entity, year: c.year, values }
    })
    .filter((c) => anyMatches(terms, c.values))
  const sums = report.sums
    .filter((s) => !s.adds_up)
    .map((s) => ({
      check_id: s.check_id,
      total: figure(s.total, lookups),
      parts: s.parts.map((p) => figure(p, lookups)),
      parts_sum: s.parts_sum,
      difference: s.difference,
    }))
    .filter((s) => anyMatches(terms, [s.total, ...s.parts]))
  const derived = report.derived
    .filter((d) => !d.within_tolerance)
    .map((d) => ({
      kind: d.kind,
      formula: d.formula,
      printed: figure(d.printed, lookups),
      inputs: d.inputs.map((i) => figure(i, lookups)),
      computed: d.computed,
      difference: d.difference,
      tolerance: d.tolerance,
    }))
    .filter((d) => matchesTerms(terms, [d.formula, ...[d.printed, ...d.inputs].flatMap(figureTexts)]))
  return { conflicts, sums, derived, counts: report.counts }
}
