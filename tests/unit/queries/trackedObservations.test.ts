// The observations tracking reads, run on DuckDB's Node build: a target's own series, its
// entity's children (roll-ups) and the series it names as related evidence — nothing else, and
// each row once. Checked against the earlier formulation (three OR-ed EXISTS per row), which the
// start-up benchmark replaced with one join because it was the slowest start-up query.
import { beforeAll, describe, expect, it } from 'vitest'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { trackedObservationsQuery } from '../../../src/queries/trackingSql'
import type { Target } from '../../../src/types/contract'

let conn: DuckDBConnection

const EARLIER = (related: string[]) => `SELECT o.* EXCLUDE (period_end), strftime(o.period_end, '%Y-%m-%d') AS period_end FROM observations o
  WHERE EXISTS (SELECT 1 FROM targets t WHERE t.indicator_id = o.indicator_id AND t.entity_id = o.entity_id)
     OR EXISTS (SELECT 1 FROM targets t JOIN entities e ON e.parent_id = t.entity_id WHERE t.indicator_id = o.indicator_id AND e.entity_id = o.entity_id)
     ${related.length ? `OR o.indicator_id || '@' || o.entity_id IN (${related.map((r) => `'${r}'`).join(', ')})` : ''}
  ORDER BY o.indicator_id, o.entity_id, o.year, o.source_doc, o.source_ref`

async function rows(sql: string, params: string[] = []) {
  const reader = params.length ? await conn.runAndReadAll(sql, params) : await conn.runAndReadAll(sql)
  return reader.getRowObjectsJS()
}

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect()
  await conn.run(`CREATE TABLE entities AS SELECT * FROM (VALUES ('NM', NULL), ('ORD', 'NM'), ('BYN', 'NM'), ('S1', 'ORD'), ('S2', 'ORD')) e(entity_id, parent_id)`)
  await conn.run(`CREATE TABLE targets AS SELECT * FROM (VALUES
      ('T1', 'dual', 'NM', NULL), ('T2', 'dual', 'ORD', 'enrol@ORD|share'), ('T3', 'dual', 'ORD', NULL)
    ) t(target_id, indicator_id, entity_id, related)`)
  // Every indicator for every entity, two years, one year reported by two sources.
  await conn.run(`CREATE TABLE observations AS
    SELECT i AS indicator_id, e AS entity_id, y::SMALLINT AS year, (y - 2000)::DOUBLE AS value, NULL::DATE AS period_end,
           s AS source_doc, 'tab1' AS source_ref, NULL AS quote
      FROM (VALUES ('dual'), ('enrol'), ('share'), ('other')) a(i), (VALUES ('NM'), ('ORD'), ('BYN'), ('S1'), ('S2')) b(e),
           (VALUES (2023), (2024)) c(y), (VALUES ('docA'), ('docB')) d(s)
     WHERE s = 'docA' OR y = 2024`)
})

describe('tracked observations', () => {
  it('reads the targets’ series, their children’s and the related ones, each row once, as the earlier query did', async () => {
    const targets = (await rows('SELECT * FROM targets')) as unknown as Target[]
    const [sql, params] = trackedObservationsQuery(targets)
    expect(params).toEqual(['enrol', 'ORD', 'share', 'ORD'])
    const now = await rows(sql, params)
    const before = await rows(EARLIER(['enrol@ORD', 'share@ORD']))
    expect(now).toEqual(before)
    const series = new Set(now.map((r) => `${r.indicator_id}@${r.entity_id}`))
    expect([...series].sort()).toEqual(['dual@BYN', 'dual@NM', 'dual@ORD', 'dual@S1', 'dual@S2', 'enrol@ORD', 'share@ORD'])
    expect(now).toHaveLength(7 * 3) // two sources for 2024, one for 2023: no row doubled by the join
  })

  it('without related series, binds no parameters', async () => {
    const [sql, params] = trackedObservationsQuery([{ target_id: 'T1', indicator_id: 'dual', entity_id: 'NM' } as Target])
    expect(params).toEqual([])
    expect(await rows(sql)).toEqual(await rows(EARLIER([])))
  })
})
