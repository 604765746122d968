import { describe, expect, it } from 'vitest'
import { pickHeadlines } from '../../../src/overview/headlines'
import { loadCurated } from '../../../data/lib/load'
import { loadFacts } from '../../../data/lib/facts'

const kinds: Record<string, string> = { nmg: 'region', ordos: 'city', s1: 'school' }
const kind = (id: string) => kinds[id]
const t = (target_id: string, entity_id: string, binding: string | null = null) => ({ target_id, entity_id, binding })

describe('pickHeadlines', () => {
  const targets = [t('s_a', 's1', 'binding'), t('c_b', 'ordos'), t('c_a', 'ordos', 'binding'), t('r_b', 'nmg'), t('r_a', 'nmg', 'binding')]

  it('takes the ids the manifest lists, in its order, skipping ids the data lacks', () => {
    expect(pickHeadlines(targets, kind, ['c_b', 'gone', 's_a']).map((x) => x.target_id)).toEqual(['c_b', 's_a'])
  })
  it('without a list (or none that exist): region before city before the rest, binding first, then id', () => {
    const order = ['r_a', 'r_b', 'c_a', 'c_b', 's_a']
    expect(pickHeadlines(targets, kind, undefined).map((x) => x.target_id)).toEqual(order)
    expect(pickHeadlines(targets, kind, ['gone']).map((x) => x.target_id)).toEqual(order)
    expect(pickHeadlines(targets, kind, [], 2).map((x) => x.target_id)).toEqual(['r_a', 'r_b'])
  })
})

describe('the bundled headlines (data/curated/headlines.tsv)', () => {
  it('are eight existing targets and the data checks find nothing wrong with the facts', () => {
    const curated = loadCurated('data/curated')
    const { facts, errors } = loadFacts('data/curated', curated)
    expect(errors).toEqual([])
    expect(facts.headlines).toHaveLength(8)
    expect(facts.headlines[0]).toBe('d003_ordos_vocational_share_secondary_2025')
  })
  it('a headline naming no target is an error of ours', () => {
    const curated = loadCurated('data/curated')
    const without = { ...curated, targets: curated.targets.filter((x) => x.target_id !== 'd004_nmg_dual_qualified_teacher_share_2025') }
    const { errors } = loadFacts('data/curated', without)
    expect(errors.map((e) => e.code)).toEqual(['unknown_target'])
  })
})
