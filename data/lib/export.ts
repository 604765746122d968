// The four contract tables as Parquet specs, plus manifest and checks.json: the files the
// dashboard reads from public/data (docs/data-contract.md).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { byKeys } from './cite'
import type { TableSpec } from './parquet'
import type { CheckReport } from './report-types'
import type { CuratedDataset } from './types'
import type { DatasetFacts } from '../../src/types/datasetFacts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const CURATED_DIR = join(ROOT, 'data/curated')
export const OUT_DIR = join(ROOT, 'public/data')

export const DATASET_NAME = '内蒙古职业教育目标（种子文档整理）'
export const DATASET_NAME_EN = 'Inner Mongolia VET targets (curated from seed documents)'

export function tableSpecs(ds: CuratedDataset): TableSpec[] {
  return [
    {
      name: 'indicators',
      columns: [
        { name: 'indicator_id', type: 'VARCHAR' },
        { name: 'name_zh', type: 'VARCHAR' },
        { name: 'name_en', type: 'VARCHAR' },
        { name: 'unit', type: 'VARCHAR' },
        { name: 'direction', type: 'VARCHAR' },
        { name: 'category', type: 'VARCHAR' },
        { name: 'education_level', type: 'VARCHAR' },
        { name: 'formula', type: 'VARCHAR' },
        { name: 'display', type: 'VARCHAR' },
      ],
      rows: [...ds.indicators]
        .sort(byKeys((i) => i.indicator_id))
        .map((i) => [i.indicator_id, i.name_zh, i.name_en, i.unit, i.direction, i.category, i.education_level, i.formula, i.display]),
      orderBy: ['indicator_id'],
    },
    {
      name: 'entities',
      columns: [
        { name: 'entity_id', type: 'VARCHAR' },
        { name: 'name_zh', type: 'VARCHAR' },
        { name: 'name_en', type: 'VARCHAR' },
        { name: 'kind', type: 'VARCHAR' },
        { name: 'parent_id', type: 'VARCHAR' },
        // Extra column (allowed by the contract): short names the documents use, `|`-separated.
        { name: 'aliases', type: 'VARCHAR' },
      ],
      rows: [...ds.entities].sort(byKeys((e) => e.entity_id)).map((e) => [e.entity_id, e.name_zh, e.name_en, e.kind, e.parent_id, e.aliases]),
      orderBy: ['entity_id'],
    },
    {
      name: 'targets',
      columns: [
        { name: 'target_id', type: 'VARCHAR' },
        { name: 'indicator_id', type: 'VARCHAR' },
        { name: 'entity_id', type: 'VARCHAR' },
        { name: 'baseline_year', type: 'SMALLINT' },
        { name: 'baseline_value', type: 'DOUBLE' },
        { name: 'target_year', type: 'SMALLINT' },
        { name: 'target_value', type: 'DOUBLE' },
        { name: 'comparator', type: 'VARCHAR' },
        { name: 'binding', type: 'VARCHAR' },
        { name: 'source_doc', type: 'VARCHAR' },
        { name: 'source_ref', type: 'VARCHAR' },
        { name: 'quote', type: 'VARCHAR' },
        // Extra columns (allowed by the contract; src/tracking/targetMeta.ts reads them, a
        // dataset without them gets the defaults).
        { name: 'kind', type: 'VARCHAR' },
        { name: 'same_goal_as', type: 'VARCHAR' },
        { name: 'related', type: 'VARCHAR' },
        { name: 'note', type: 'VARCHAR' },
      ],
      rows: [...ds.targets]
        .sort(byKeys((t) => t.target_id))
        .map((t) => [
          t.target_id,
          t.indicator_id,
          t.entity_id,
          t.baseline_year,
          t.baseline_value,
          t.target_year,
          t.target_value,
          t.comparator,
          t.binding,
          t.source_doc,
          t.source_ref,
          t.quote,
          t.kind,
          t.same_goal_as,
          t.related,
          t.note,
        ]),
      orderBy: ['target_id'],
    },
    {
      name: 'observations',
      columns: [
        { name: 'indicator_id', type: 'VARCHAR' },
        { name: 'entity_id', type: 'VARCHAR' },
        { name: 'year', type: 'SMALLINT' },
        { name: 'value', type: 'DOUBLE' },
        { name: 'period_end', type: 'DATE' },
        { name: 'source_doc', type: 'VARCHAR' },
        { name: 'source_ref', type: 'VARCHAR' },
        { name: 'quote', type: 'VARCHAR' },
        // Extra column: the curator's caveat (a different definition, an unweighted mean …), shown on screen.
        { name: 'note', type: 'VARCHAR' },
      ],
      rows: [...ds.observations]
        .sort(byKeys((o) => o.indicator_id, (o) => o.entity_id, (o) => o.year, (o) => o.source_doc, (o) => o.source_ref))
        .map((o) => [o.indicator_id, o.entity_id, o.year, o.value, o.period_end, o.source_doc, o.source_ref, o.quote, o.note]),
      orderBy: ['indicator_id', 'entity_id', 'year', 'source_doc', 'source_ref'],
    },
  ]
}

export function manifest(ds: CuratedDataset, facts: DatasetFacts = {}): object {
  return {
    name: DATASET_NAME,
    name_en: DATASET_NAME_EN,
    tables: {
      indicators: 'indicators.parquet',
      entities: 'entities.parquet',
      targets: 'targets.parquet',
      observations: 'observations.parquet',
    },
    counts: {
      indicators: ds.indicators.length,
      entities: ds.entities.length,
      targets: ds.targets.length,
      observations: ds.observations.length,
    },
    // The data checks' report, for the app's data view (written by both data scripts).
    checks: 'checks.json',
    // Contract v1.2 manifest facts (docs/data-contract.md): from data/curated/{headlines,documents}.tsv.
    headlines: facts.headlines,
    documents: facts.documents,
  }
}

/** Deterministic JSON (key order as built, 2-space indent, trailing newline). */
export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)
}

export function writeChecksJson(report: CheckReport): string {
  const path = join(OUT_DIR, 'checks.json')
  writeJson(path, report)
  return path
}
