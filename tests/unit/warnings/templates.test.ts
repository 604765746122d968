// The template downloads are what the importer reads back as the v1.1 tables.
import { describe, expect, it } from 'vitest'
import { columnsCsv, templateCsv } from '../../../src/components/warnings/templates'
import { detectTable } from '../../../src/db/import/detect'

const headerOf = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n')[0].split(',')

describe('templates', () => {
  it.each(['majors', 'school_conditions'] as const)('the %s template is detected as that table with nothing missing', (table) => {
    const d = detectTable(headerOf(templateCsv(table)), `template-${table}.csv`)
    expect(d).toMatchObject({ table, missing: [], extra: [] })
  })
  it('the meanings file lists every column of both tables once, with its meaning', () => {
    const csv = columnsCsv({ header: ['table', 'column', 'required', 'type', 'meaning'], meaning: (c) => `m:${c}`, yes: 'y', no: 'n' })
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1)
    expect(lines).toHaveLength(14 + 8)
    expect(lines).toContain('majors,employment_rate,n,DOUBLE,m:employment_rate')
    expect(lines).toContain('school_conditions,met,y,VARCHAR,m:met')
  })
})
