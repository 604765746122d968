import { describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import { decodeCsvBytes, hasUtf8Bom } from '../../../src/db/import/decodeText'

const text = 'indicator_id,quote\r\nenrolment,截至2024年底达到1.9万人\r\n'

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')])
    expect(hasUtf8Bom(bytes)).toBe(true)
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'utf-8', bom: true })
  })

  it('reads UTF-8 without a BOM', () => {
    expect(decodeCsvBytes(new Uint8Array(Buffer.from(text, 'utf8')))).toEqual({ text, encoding: 'utf-8', bom: false })
  })

  it('falls back to GB18030 when the bytes are not valid UTF-8 (Excel on Chinese Windows)', () => {
    const bytes = new Uint8Array(iconv.encode(text, 'gb18030'))
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'gb18030', bom: false })
  })

  it('reads GBK text as GB18030 (a superset)', () => {
    const bytes = new Uint8Array(iconv.encode('名称,鄂尔多斯市\n', 'gbk'))
    expect(decodeCsvBytes(bytes).text).toBe('名称,鄂尔多斯市\n')
  })

  it('keeps ASCII-only files as UTF-8', () => {
    expect(decodeCsvBytes(new Uint8Array(Buffer.from('a,b\n1,2\n'))).encoding).toBe('utf-8')
  })

  it('decodes an empty file to empty text', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false })
  })
})
