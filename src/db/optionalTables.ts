// Contract v1.1 optional tables (`majors`, `school_conditions`) in the live database: empty
// when a dataset loads (the bundled one has neither; a reset must drop what an import added),
// and the key-chain share computed bottom-up from `majors` as observations of the printed
// indicator, kept beside the printed figure (a difference shows as a conflict, never merged).
import { OPTIONAL_TABLE_NAMES } from '../types/contract'
import { CONTRACT } from './contract'
import { execute, quoteIdent } from './query'

/** The indicator the share belongs to: 004（一）服务自治区重点产业的专业布点占比. */
export const KEY_CHAIN_SHARE_INDICATOR = 'industry_aligned_major_share'
/** source_doc of the computed observations; source_ref carries "computed from N majors". */
export const COMPUTED_SOURCE_DOC = 'computed:majors'
/** How people write "serves no key chain" in the key_chain column, besides leaving it empty. */
export const NO_KEY_CHAIN = ['无', '否', 'none', 'no', '-', '—', '/']

/** (Re)create both optional tables empty, in the contract's column types. */
export async function resetOptionalTables(): Promise<void> {
  for (const t of OPTIONAL_TABLE_NAMES) {
    const cols = CONTRACT[t].map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ')
    await execute(`CREATE OR REPLACE TABLE ${quoteIdent(t)} (${cols})`)
  }
}

/**
 * Replace the computed key-chain share observations: for every school with majors, and for
 * every ancestor (county, city, region), per year, 100 × majors serving a key chain ÷ majors.
 * A major point is one school × major code × year. Run after every change of the live tables.
 */
export async function refreshComputedShares(): Promise<void> {
  await execute(`DELETE FROM observations WHERE source_doc = ?`, [COMPUTED_SOURCE_DOC])
  await execute(
    // Columns named: the live table may carry extra columns after the contract's (e.g. note).
    `INSERT INTO observations (indicator_id, entity_id, year, value, period_end, source_doc, source_ref, quote)
     WITH RECURSIVE up(school, ancestor, depth) AS (
       SELECT entity_id, entity_id, 0 FROM entities WHERE entity_id IN (SELECT entity_id FROM majors)
       UNION ALL
       SELECT up.school, e.parent_id, up.depth + 1 FROM up JOIN entities e ON e.entity_id = up.ancestor
        WHERE e.parent_id IS NOT NULL AND up.depth < 8
     ),
     points AS (
       SELECT entity_id, year, major_code,
              bool_or(key_chain IS NOT NULL AND trim(key_chain) <> '' AND lower(trim(key_chain)) NOT IN (${NO_KEY_CHAIN.map(() => '?').join(', ')})) AS serves
         FROM majors GROUP BY entity_id, year, major_code
     ),
     shares AS (
       SELECT up.ancestor AS entity_id, p.year, count(*) AS n, count(*) FILTER (WHERE p.serves) AS k
         FROM points p JOIN up ON up.school = p.entity_id GROUP BY up.ancestor, p.year
     )
     SELECT ?, entity_id, year, 100.0 * k / n, NULL, ?,
            '由 ' || n || ' 个专业布点计算（其中 ' || k || ' 个服务重点产业链） · computed from ' || n || ' majors (' || k || ' serve a key chain)', NULL
       FROM shares WHERE EXISTS (SELECT 1 FROM indicators WHERE indicator_id = ?)`,
    [...NO_KEY_CHAIN, KEY_CHAIN_SHARE_INDICATOR, COMPUTED_SOURCE_DOC, KEY_CHAIN_SHARE_INDICATOR],
  )
}
