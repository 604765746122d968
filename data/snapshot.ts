// Writes public/data/snapshot.json: the headline targets with exactly the rows the tracking
// module needs, so the overview can show its first figures before DuckDB-WASM has started.
// The as-of date is applied in the browser by the same module (src/tracking).
import { writeFileSync } from 'node:fs'
import { loadCurated } from './lib/load'
import { loadFacts } from './lib/facts'
import { relatedRefs } from '../src/tracking/targetMeta'

const data = loadCurated('data/curated')
// The headline targets as the manifest lists them (data/curated/headlines.tsv), in that order.
const HEADLINE_TARGET_IDS = loadFacts('data/curated', data).facts.headlines
const strip = <T extends object>(row: T, keys: string[]) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => keys.includes(k)))

const targets = HEADLINE_TARGET_IDS.map((id) => {
  const t = data.targets.find((x) => x.target_id === id)
  if (!t) throw new Error(`headline target ${id} is not in data/curated`)
  return t
})
// Related evidence (targets.related) is part of what a headline card says.
const related = targets.flatMap((t) => relatedRefs(t))
const series = new Set([...targets, ...related].map((t) => `${t.indicator_id}|${t.entity_id}`))
const indicatorIds = new Set([...targets, ...related].map((t) => t.indicator_id))
const entityIds = new Set([...targets, ...related].map((t) => t.entity_id))

const snapshot = {
  // Same name as the manifest: the app only uses the snapshot while the bundled dataset is the one loading.
  dataset: 'bundled',
  indicators: data.indicators.filter((i) => indicatorIds.has(i.indicator_id)).map((i) =>
    strip(i, ['indicator_id', 'name_zh', 'name_en', 'unit', 'direction', 'category', 'education_level', 'formula', 'display'])),
  entities: data.entities.filter((e) => entityIds.has(e.entity_id)).map((e) =>
    strip(e, ['entity_id', 'name_zh', 'name_en', 'kind', 'parent_id', 'aliases'])),
  targets: targets.map((t) =>
    strip(t, ['target_id', 'indicator_id', 'entity_id', 'baseline_year', 'baseline_value', 'target_year', 'target_value', 'comparator', 'binding', 'source_doc', 'source_ref', 'quote', 'kind', 'same_goal_as', 'related', 'note'])),
  observations: data.observations
    .filter((o) => series.has(`${o.indicator_id}|${o.entity_id}`))
    .map((o) => strip(o, ['indicator_id', 'entity_id', 'year', 'value', 'period_end', 'source_doc', 'source_ref', 'quote', 'note']))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
}
writeFileSync('public/data/snapshot.json', JSON.stringify(snapshot))
console.log(`snapshot: ${snapshot.targets.length} headline targets, ${snapshot.observations.length} observations`)
