import { describe, expect, it } from 'vitest'
import {
  columnMatch, hasCase, likePattern, matchesTerms, parsePage, parseQ, parseTab, searchTerms, termFilter,
} from '../../../src/queries/catalogueSearch'

describe('searchTerms', () => {
  it('splits on any whitespace, ideographic space included, and drops duplicates', () => {
    expect(searchTerms('  鄂尔多斯\u3000双师  双师 ')).toEqual(['鄂尔多斯', '双师'])
    expect(searchTerms('')).toEqual([])
    expect(searchTerms('   ')).toEqual([])
  })
  it('caps the number and length of terms', () => {
    expect(searchTerms(Array.from({ length: 20 }, (_, i) => `t${i}`).join(' '))).toHaveLength(8)
    expect(searchTerms('x'.repeat(500))[0]).toHaveLength(100)
  })
})

describe('likePattern', () => {
  it('wraps in % and escapes the wildcards and the escape character', () => {
    expect(likePattern('双师')).toBe('%双师%')
    expect(likePattern('50%')).toBe('%50\\%%')
    expect(likePattern('a_b')).toBe('%a\\_b%')
    expect(likePattern('c:\\x')).toBe('%c:\\\\x%')
  })
})

describe('termFilter', () => {
  it('is TRUE without terms', () => {
    expect(termFilter([], { columns: ['a'] })).toEqual({ sql: 'TRUE', params: [] })
  })
  it('ANDs the terms, ORs the columns, and keeps the user text out of the SQL', () => {
    const hostile = `'); DROP TABLE targets; --`
    const f = termFilter(['双师', hostile], {
      columns: ['t.quote', 't.target_id'],
      subqueries: [`t.entity_id IN (SELECT entity_id FROM entities WHERE aliases ILIKE ? ESCAPE '\\')`],
      sourceDocColumn: 't.source_doc',
      documentsFor: (term) => (term === '双师' ? ['003.txt'] : []),
    })
    expect(f.sql).not.toContain('双师')
    expect(f.sql).not.toContain('DROP')
    expect(f.sql.split(' AND (')).toHaveLength(2)
    expect((f.sql.match(/\?/g) ?? []).length).toBe(f.params.length)
    // 双师 has no case: a plain substring test; the hostile term has letters: ILIKE.
    expect(f.sql).toContain('contains(t.quote, ?)')
    expect(f.sql).toContain(`t.quote ILIKE ? ESCAPE '\\'`)
    expect(f.params).toEqual(['双师', '双师', '%双师%', '003.txt', `%${hostile}%`, `%${hostile}%`, `%${hostile}%`])
    expect(f.sql).toContain(`t.source_doc IN (?)`)
  })
  it('matches a four-digit term against the year column as a number', () => {
    const f = termFilter(['2023', '202'], { columns: ['o.quote'], yearColumn: 'o.year' })
    expect(f.sql).toBe('(contains(o.quote, ?) OR o.year = ?) AND (contains(o.quote, ?))')
    expect(f.params).toEqual(['2023', 2023, '202'])
  })
})

describe('columnMatch', () => {
  it('uses contains for caseless terms and ILIKE for terms with case', () => {
    expect(hasCase('双师')).toBe(false)
    expect(hasCase('2023')).toBe(false)
    expect(hasCase('Ordos')).toBe(true)
    expect(hasCase('市一职a')).toBe(true)
    expect(columnMatch('c', '50%')).toEqual({ sql: 'contains(c, ?)', params: ['50%'] })
    expect(columnMatch('c', 'a_b')).toEqual({ sql: `c ILIKE ? ESCAPE '\\'`, params: ['%a\\_b%'] })
  })
})

describe('matchesTerms', () => {
  it('needs every term somewhere, case-insensitively, ignoring nulls', () => {
    expect(matchesTerms(['ordos', '60'], ['Ordos', null, 'share 60%'])).toBe(true)
    expect(matchesTerms(['ordos', '70'], ['Ordos', 'share 60%'])).toBe(false)
    expect(matchesTerms([], [])).toBe(true)
  })
})

describe('URL parsing', () => {
  it('tab: known tabs only, first value of a repeated key', () => {
    expect(parseTab('targets')).toBe('targets')
    expect(parseTab(['checks', 'targets'])).toBe('checks')
    expect(parseTab('nope')).toBe('indicators')
    expect(parseTab(undefined)).toBe('indicators')
    expect(parseTab(null)).toBe('indicators')
  })
  it('q: the text or empty', () => {
    expect(parseQ('双师')).toBe('双师')
    expect(parseQ(undefined)).toBe('')
  })
  it('page: a positive integer, else 1', () => {
    expect(parsePage('3')).toBe(3)
    expect(parsePage('0')).toBe(1)
    expect(parsePage('-2')).toBe(1)
    expect(parsePage('2.5')).toBe(1)
    expect(parsePage('1e9')).toBe(1)
    expect(parsePage(undefined)).toBe(1)
  })
})
