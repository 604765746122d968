// The data view's queries: one page of indicators, targets, observations or entities that
// match the search, the source documents with their counts, and conflicts computed live.
// Search words and paging travel as parameters; only our own column names and `?` are SQL.
import { queryRows, type SqlParam } from '../db/query'
import { fetchBytes } from '../db/ingest'
import { DbError, toDbError } from '../db/errors'
import type { Entity, Indicator, Observation, Target } from '../types/contract'
import type { PrintedFigure } from '../types/checkReport'
import { documentShortTitle, documentTitle, documentsMatching } from './documents'
import { matchesTerms, PAGE_SIZE, searchTerms, termFilter, type CatalogueTab, type SqlFragment, type TermMatch } from './catalogueSearch'
import {
  checksView, reportIds,
  type CheckReport, type ChecksView, type CitedFigure, type ConflictGroup, type EntityLabel, type IndicatorLabel,
} from './checksReport'

export interface PageRequest {
  /** Search terms (searchTerms(q)); empty = everything. */
  terms: readonly string[]
  offset: number
  limit: number
  /** The dataset's version (stores/dataset.ts): when given, the total is counted once per search, not per page. */
  version?: number
}

export interface Page<T> {
  rows: T[]
  /** Rows matching the search, over all pages. */
  total: number
  offset: number
  limit: number
}

const ESC = `ESCAPE '\\'`
/** A term matches an indicator / entity by id, either name (or an entity's aliases). */
const indicatorHit = (col: string) =>
  `${col} IN (SELECT indicator_id FROM indicators WHERE concat_ws(' ', indicator_id, name_zh, name_en) ILIKE ? ${ESC})`
const entityHit = (col: string) =>
  `${col} IN (SELECT entity_id FROM entities WHERE concat_ws(' ', entity_id, name_zh, name_en, aliases) ILIKE ? ${ESC})`

function filterFor(terms: readonly string[], match: TermMatch): SqlFragment {
  return termFilter(terms, { ...match, documentsFor: (t) => documentsMatching([t]) })
}

/** Totals of recent searches, so turning pages does not scan a million rows again each time. */
const totals = new Map<string, number>()
const MAX_TOTALS = 50

async function countRows(sql: string, params: SqlParam[], version: number | undefined, signal?: AbortSignal): Promise<number> {
  const key = version === undefined ? null : JSON.stringify([version, sql, params])
  const known = key === null ? undefined : totals.get(key)
  if (known !== undefined) return known
  const [{ n }] = await queryRows<{ n: number }>(sql, params, signal)
  if (key !== null) {
    if (totals.size >= MAX_TOTALS) totals.delete(totals.keys().next().value as string)
    totals.set(key, n)
  }
  return n
}

async function paged<T>(
  countSql: string,
  pageSql: string,
  filter: SqlFragment,
  req: PageRequest,
  signal?: AbortSignal,
): Promise<Page<T>> {
  const n = await countRows(countSql, filter.params, req.version, signal)
  const params: SqlParam[] = [...filter.params, req.limit, req.offset]
  const rows = n === 0 ? [] : await queryRows<T>(pageSql, params, signal)
  return { rows, total: n, offset: req.offset, limit: req.limit }
}

export type IndicatorRow = Indicator & { targets: number; observations: number }

export function searchIndicators(req: PageRequest, signal?: AbortSignal): Promise<Page<IndicatorRow>> {
  const f = termFilter(req.terms, { columns: ['i.indicator_id', 'i.name_zh', 'i.name_en', 'i.category', 'i.formula', 'i.unit'] })
  return paged<IndicatorRow>(
    `SELECT count(*) AS n FROM indicators i WHERE ${f.sql}`,
    `WITH page AS (
       SELECT i.indicator_id, i.name_zh, i.name_en, i.unit, i.direction, i.category, i.education_level, i.formula, i.display
         FROM indicators i WHERE ${f.sql}
        ORDER BY i.indicator_id LIMIT ? OFFSET ?)
     SELECT p.*,
            (SELECT count(*) FROM targets t WHERE t.indicator_id = p.indicator_id) AS targets,
            (SELECT count(*) FROM observations o WHERE o.indicator_id = p.indicator_id) AS observations
       FROM page p ORDER BY p.indicator_id`,
    f,
    req,
    signal,
  )
}

/** Names and unit joined onto a target or observation row. */
export interface RowLabels {
  indicator_zh: string | null
  indicator_en: string | null
  unit: string | null
  display: string | null
  entity_zh: string | null
  entity_en: string | null
}

const LABEL_COLUMNS = `i.name_zh AS indicator_zh, i.name_en AS indicator_en, i.unit, i.display,
                       e.name_zh AS entity_zh, e.name_en AS entity_en`
const LABEL_JOINS = `LEFT JOIN indicators i ON i.indicator_id = p.indicator_id
                     LEFT JOIN entities e ON e.entity_id = p.entity_id`

export type TargetRow = Target & RowLabels

export function searchTargets(req: PageRequest, signal?: AbortSignal): Promise<Page<TargetRow>> {
  const f = filterFor(req.terms, {
    columns: ['t.target_id', 't.quote', 't.source_ref', 't.source_doc'],
    subqueries: [indicatorHit('t.indicator_id'), entityHit('t.entity_id')],
    sourceDocColumn: 't.source_doc',
  })
  return paged<TargetRow>(
    `SELECT count(*) AS n FROM targets t WHERE ${f.sql}`,
    `WITH page AS (SELECT t.* FROM targets t WHERE ${f.sql} ORDER BY t.source_doc, t.source_ref, t.target_id LIMIT ? OFFSET ?)
     SELECT p.target_id, p.indicator_id, p.entity_id, p.baseline_year, p.baseline_value, p.target_year, p.target_value,
            p.comparator, p.binding, p.source_doc, p.source_ref, p.quote, ${LABEL_COLUMNS}
       FROM page p ${LABEL_JOINS}
      ORDER BY p.source_doc, p.source_ref, p.target_id`,
    f,
    req,
    signal,
  )
}

export type ObservationRow = Observation & RowLabels

export function searchObservations(req: PageRequest, signal?: AbortSignal): Promise<Page<ObservationRow>> {
  const f = filterFor(req.terms, {
    columns: ['o.quote', 'o.source_ref', 'o.source_doc'],
    subqueries: [indicatorHit('o.indicator_id'), entityHit('o.entity_id')],
    yearColumn: 'o.year',
    sourceDocColumn: 'o.source_doc',
  })
  // The table's own order (DuckDB keeps insertion order; the bundled Parquet is sorted by key),
  // not a sort: LIMIT then stops the scan after one page, so a page of a million rows is quick
  // at any offset. Names are joined onto the page only.
  return paged<ObservationRow>(
    `SELECT count(*) AS n FROM observations o WHERE ${f.sql}`,
    `WITH page AS (SELECT o.*, o.rowid AS rid FROM observations o WHERE ${f.sql} LIMIT ? OFFSET ?)
     SELECT p.indicator_id, p.entity_id, p.year, p.value, strftime(p.period_end, '%Y-%m-%d') AS period_end,
            p.source_doc, p.source_ref, p.quote, ${LABEL_COLUMNS}
       FROM page p ${LABEL_JOINS}
      ORDER BY p.rid`,
    f,
    req,
    signal,
  )
}

export type EntityRow = Entity & {
  aliases: string | null
  parent_zh: string | null
  parent_en: string | null
  targets: number
  observations: number
}

const KIND_ORDER = `CASE kind WHEN 'region' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 ELSE 3 END`

export function searchEntities(req: PageRequest, signal?: AbortSignal): Promise<Page<EntityRow>> {
  const f = termFilter(req.terms, { columns: ['e.entity_id', 'e.name_zh', 'e.name_en', 'e.aliases', 'e.kind'] })
  return paged<EntityRow>(
    `SELECT count(*) AS n FROM entities e WHERE ${f.sql}`,
    `WITH page AS (
       SELECT e.entity_id, e.name_zh, e.name_en, e.kind, e.parent_id, e.aliases, ${KIND_ORDER} AS kind_order
         FROM entities e WHERE ${f.sql}
        ORDER BY kind_order, e.parent_id NULLS FIRST, e.entity_id LIMIT ? OFFSET ?)
     SELECT p.entity_id, p.name_zh, p.name_en, p.kind, p.parent_id, p.aliases,
            par.name_zh AS parent_zh, par.name_en AS parent_en,
            (SELECT count(*) FROM targets t WHERE t.entity_id = p.entity_id) AS targets,
            (SELECT count(*) FROM observations o WHERE o.entity_id = p.entity_id) AS observations
       FROM page p LEFT JOIN entities par ON par.entity_id = p.parent_id
      ORDER BY p.kind_order, p.parent_id NULLS FIRST, p.entity_id`,
    f,
    req,
    signal,
  )
}

export interface SourceDocumentRow {
  source_doc: string
  targets: number
  observations: number
  /** Distinct tables / sections cited. */
  refs: number
  first_year: number | null
  last_year: number | null
}

/** Every cited document with how many targets and observations cite it (filtered in memory: few rows). */
export function sourceDocuments(signal?: AbortSignal): Promise<SourceDocumentRow[]> {
  return queryRows<SourceDocumentRow>(
    `SELECT source_doc, sum(is_target)::INTEGER AS targets, sum(1 - is_target)::INTEGER AS observations,
            count(DISTINCT source_ref) AS refs, min(y) AS first_year, max(y) AS last_year
       FROM (SELECT source_doc, source_ref, 1 AS is_target, target_year AS y FROM targets
             UNION ALL
             SELECT source_doc, source_ref, 0 AS is_target, year AS y FROM observations)
      GROUP BY source_doc ORDER BY source_doc`,
    [],
    signal,
  )
}

/** Indicator names and units for the ids the check report cites. */
export async function indicatorLabels(ids: readonly string[], signal?: AbortSignal): Promise<IndicatorLabel[]> {
  if (ids.length === 0) return []
  return queryRows<IndicatorLabel>(
    `SELECT indicator_id, name_zh, name_en, unit, display FROM indicators WHERE indicator_id IN (${ids.map(() => '?').join(', ')})`,
    [...ids],
    signal,
  )
}

export async function entityLabels(ids: readonly string[], signal?: AbortSignal): Promise<EntityLabel[]> {
  if (ids.length === 0) return []
  return queryRows<EntityLabel>(
    `SELECT entity_id, name_zh, name_en FROM entities WHERE entity_id IN (${ids.map(() => '?').join(', ')})`,
    [...ids],
    signal,
  )
}

interface ConflictRow extends RowLabels, PrintedFigure {}

/**
 * Conflicts in whatever is loaded (docs/data-contract.md): the same indicator, entity and year
 * with different values. Paged by group; a group matches when any of its rows does.
 */
export async function liveConflicts(req: PageRequest, signal?: AbortSignal): Promise<Page<ConflictGroup>> {
  const f = filterFor(req.terms, {
    columns: ['o.quote', 'o.source_ref', 'o.source_doc'],
    subqueries: [indicatorHit('o.indicator_id'), entityHit('o.entity_id')],
    yearColumn: 'o.year',
    sourceDocColumn: 'o.source_doc',
  })
  // min <> max rather than count(DISTINCT value) > 1: same answer, a quarter of the time.
  // With a search, groups are kept that have a matching row (matched in one filtered scan).
  const groups = `c AS (SELECT indicator_id, entity_id, year FROM observations GROUP BY indicator_id, entity_id, year
                        HAVING min(value) <> max(value)),
                  g AS (${
                    req.terms.length
                      ? `SELECT * FROM c WHERE (indicator_id, entity_id, year) IN
                           (SELECT o.indicator_id, o.entity_id, o.year FROM observations o WHERE ${f.sql})`
                      : 'SELECT * FROM c'
                  })`
  const n = await countRows(`WITH ${groups} SELECT count(*) AS n FROM g`, f.params, req.version, signal)
  if (n === 0) return { rows: [], total: 0, offset: req.offset, limit: req.limit }
  const rows = await queryRows<ConflictRow>(
    `WITH ${groups},
          page AS (SELECT * FROM g ORDER BY entity_id, indicator_id, year LIMIT ? OFFSET ?)
     SELECT p.indicator_id, p.entity_id, p.year, o.value, o.source_doc, o.source_ref, o.quote, ${LABEL_COLUMNS}
       FROM page p
       JOIN observations o ON o.indicator_id = p.indicator_id AND o.entity_id = p.entity_id AND o.year = p.year
       ${LABEL_JOINS}
      ORDER BY p.entity_id, p.indicator_id, p.year, o.value, o.source_doc, o.source_ref`,
    [...f.params, req.limit, req.offset],
    signal,
  )
  return { rows: groupConflictRows(rows), total: n, offset: req.offset, limit: req.limit }
}

function groupConflictRows(rows: ConflictRow[]): ConflictGroup[] {
  const out: ConflictGroup[] = []
  let current: ConflictGroup | null = null
  for (const r of rows) {
    if (!current || current.indicator.indicator_id !== r.indicator_id || current.entity.entity_id !== r.entity_id || current.year !== r.year) {
      current = {
        indicator: { indicator_id: r.indicator_id, name_zh: r.indicator_zh, name_en: r.indicator_en, unit: r.unit, display: r.display },
        entity: { entity_id: r.entity_id, name_zh: r.entity_zh, name_en: r.entity_en },
        year: r.year,
        values: [],
      }
      out.push(current)
    }
    const figure: CitedFigure = {
      indicator: current.indicator,
      entity: current.entity,
      year: r.year,
      value: r.value,
      source_doc: r.source_doc,
      source_ref: r.source_ref,
      quote: r.quote,
      note: null,
    }
    current.values.push(figure)
  }
  return out
}

const reports = new Map<string, Promise<CheckReport>>()

/** The bundled data-check report (fetched once per URL). */
function checkReport(url: string): Promise<CheckReport> {
  let p = reports.get(url)
  if (!p) {
    p = fetchBytes(url).then((bytes) => {
      try {
        const report = JSON.parse(new TextDecoder().decode(bytes)) as CheckReport
        if (!Array.isArray(report?.conflicts) || !Array.isArray(report.sums) || !Array.isArray(report.derived)) throw new Error('not a check report')
        return report
      } catch (err) {
        throw toDbError(err, 'parse', 'checks_invalid', { url })
      }
    })
    p.catch(() => reports.delete(url))
    reports.set(url, p)
  }
  return p
}

/** The bundled report's findings, with names, filtered by the search terms. */
export async function bundledChecks(url: string, terms: readonly string[], signal?: AbortSignal): Promise<ChecksView> {
  const report = await checkReport(url)
  if (signal?.aborted) throw new DbError('aborted', 'aborted')
  const ids = reportIds(report)
  const [inds, ents] = [await indicatorLabels(ids.indicators, signal), await entityLabels(ids.entities, signal)]
  return checksView(
    report,
    { indicators: new Map(inds.map((i) => [i.indicator_id, i])), entities: new Map(ents.map((e) => [e.entity_id, e])) },
    terms,
  )
}

export interface TabRequest {
  tab: CatalogueTab
  q: string
  /** 1-based. */
  page: number
  /** The dataset's version: totals are remembered per version and search. */
  version?: number
  /** Where the bundled check report is; null when user data is loaded (conflicts are then computed live). */
  checksUrl: string | null
}

export type TabResult =
  | { tab: 'indicators'; page: Page<IndicatorRow> }
  | { tab: 'targets'; page: Page<TargetRow> }
  | { tab: 'observations'; page: Page<ObservationRow> }
  | { tab: 'entities'; page: Page<EntityRow> }
  | { tab: 'sources'; rows: SourceDocumentRow[] }
  | { tab: 'checks'; mode: 'bundled'; report: ChecksView }
  | { tab: 'checks'; mode: 'live'; page: Page<ConflictGroup> }

/** What one tab of the data view shows for a search and page. */
export async function loadTab(req: TabRequest, signal?: AbortSignal): Promise<TabResult> {
  const terms = searchTerms(req.q)
  const page: PageRequest = { terms, offset: (req.page - 1) * PAGE_SIZE, limit: PAGE_SIZE, version: req.version }
  switch (req.tab) {
    case 'indicators':
      return { tab: req.tab, page: await searchIndicators(page, signal) }
    case 'targets':
      return { tab: req.tab, page: await searchTargets(page, signal) }
    case 'observations':
      return { tab: req.tab, page: await searchObservations(page, signal) }
    case 'entities':
      return { tab: req.tab, page: await searchEntities(page, signal) }
    case 'sources': {
      const rows = (await sourceDocuments(signal)).filter((d) =>
        matchesTerms(terms, [
          d.source_doc, documentTitle(d.source_doc, 'zh'), documentTitle(d.source_doc, 'en'),
          documentShortTitle(d.source_doc, 'zh'), documentShortTitle(d.source_doc, 'en'),
        ]),
      )
      return { tab: req.tab, rows }
    }
    case 'checks':
      return req.checksUrl
        ? { tab: req.tab, mode: 'bundled', report: await bundledChecks(req.checksUrl, terms, signal) }
        : { tab: req.tab, mode: 'live', page: await liveConflicts(page, signal) }
  }
}
