// The first bytes of a workbook: a zip (.xlsx) or an OLE compound file (.xls, or an .xlsx
// saved with a password). Plain CSV never starts with either.
export function isWorkbookHead(head: Uint8Array): boolean {
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0
  return zip || ole
}
