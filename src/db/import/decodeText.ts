// CSV bytes → text. Excel on Chinese Windows saves "CSV" as GB18030/GBK without a BOM;
// "CSV UTF-8" from Excel has a BOM; other tools write UTF-8 without one.
// Rule: BOM → UTF-8; else strict UTF-8; if that fails, GB18030 (a superset of GBK).

export type TextEncodingName = 'utf-8' | 'gb18030'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  bom: boolean
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b)
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (hasUtf8Bom(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false }
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', bom: false }
  }
}
