// The bundled tables' Arrow copies (data/lib/decoded.ts): the rows of the Parquet file, with the
// columns and types the browser's own decoding gives, so the app can insert them as they are.
import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { tableFromIPC } from 'apache-arrow'
import { writeParquetTables } from '../../../data/lib/parquet'
import { writeDecodedCopies } from '../../../data/lib/decoded'

describe('decoded copies of the bundled Parquet', () => {
  it('hold every row and column of the file, text and numbers as written, nulls as nulls', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decoded-'))
    try {
      await writeParquetTables(dir, [
        {
          name: 'observations',
          columns: [{ name: 'entity_id', type: 'VARCHAR' }, { name: 'year', type: 'SMALLINT' }, { name: 'value', type: 'DOUBLE' }, { name: 'quote', type: 'VARCHAR' }],
          rows: [['ordos', 2024, 57.4, '“双师型”教师占比57.4%'], ['bayannur', 2023, 1.9e4, null]],
          orderBy: ['entity_id'],
        },
      ])
      await writeDecodedCopies(dir, ['observations'])
      const table = tableFromIPC(readFileSync(join(dir, 'decoded', 'observations.arrow')))
      expect(table.schema.fields.map((f) => f.name)).toEqual(['entity_id', 'year', 'value', 'quote'])
      expect(table.toArray().map((r) => ({ ...r.toJSON() }))).toEqual([
        { entity_id: 'bayannur', year: 2023, value: 19000, quote: null },
        { entity_id: 'ordos', year: 2024, value: 57.4, quote: '“双师型”教师占比57.4%' },
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
