// Column lists of the curated TSV files (data/CURATION.md). `required` columns must be in the
// header; `optional` ones may be left out (read as null). Anything else is reported as a warning.
import type { CuratedFile } from './types'

export const COLUMNS: Record<CuratedFile, { required: readonly string[]; optional: readonly string[] }> = {
  indicators: {
    required: ['indicator_id', 'name_zh', 'name_en', 'unit', 'direction'],
    optional: ['category', 'education_level', 'formula', 'display', 'note'],
  },
  entities: {
    required: ['entity_id', 'name_zh', 'kind'],
    optional: ['name_en', 'parent_id', 'aliases', 'note'],
  },
  targets: {
    required: ['target_id', 'indicator_id', 'entity_id', 'target_year', 'target_value', 'comparator', 'source_doc', 'source_ref'],
    // kind / same_goal_as / related: see src/tracking/targetMeta.ts and src/tracking/RULES.md.
    optional: ['baseline_year', 'baseline_value', 'binding', 'quote', 'note', 'kind', 'same_goal_as', 'related'],
  },
  observations: {
    required: ['indicator_id', 'entity_id', 'year', 'value', 'source_doc', 'source_ref'],
    optional: ['period_end', 'quote', 'note'],
  },
  sums: {
    required: ['check_id', 'kind', 'role', 'indicator_id', 'entity_id', 'year'],
    optional: ['source_doc', 'source_ref', 'note'],
  },
}

/** Columns compared when the same indicator or entity id is defined twice (`note` may differ). */
export const INDICATOR_CONTENT = ['name_zh', 'name_en', 'unit', 'direction', 'category', 'education_level', 'formula', 'display'] as const
export const ENTITY_CONTENT = ['name_zh', 'name_en', 'kind', 'parent_id', 'aliases'] as const
