// What a ?data= link may point at (src/db/import/remote.ts): one test of "is a manifest", used
// everywhere, and no address that carries its own content (data:, blob:) anywhere in a link.
import { beforeAll, describe, expect, it } from 'vitest'

beforeAll(() => {
  Object.assign(globalThis, { location: new URL('http://127.0.0.1:4173/tracker?asof=2026-11-22') })
})
const { isManifestUrl, linkProblem } = await import('../../../src/db/import/remote')

describe('isManifestUrl', () => {
  it('reads the path only, whatever query or fragment follows', () => {
    expect(isManifestUrl('/x/manifest.json')).toBe(true)
    expect(isManifestUrl('/x/manifest.json#x')).toBe(true)
    expect(isManifestUrl('/x/manifest.json?v=2')).toBe(true)
    expect(isManifestUrl('https://example.org/d/MANIFEST.JSON')).toBe(true)
    expect(isManifestUrl('/index.html?.json')).toBe(false)
    expect(isManifestUrl('/x/observations.parquet#.json')).toBe(false)
    expect(isManifestUrl('data:;base64,e30=#.json')).toBe(false)
  })
})

describe('linkProblem', () => {
  it('refuses addresses that carry their own content', () => {
    expect(linkProblem('data:;base64,e30=#.json')?.code).toBe('link_scheme_refused')
    expect(linkProblem('blob:http://127.0.0.1:4173/abc')?.code).toBe('link_scheme_refused')
    expect(linkProblem('javascript:alert(1)')?.params.scheme).toBe('javascript:')
  })
  it('accepts http(s) and paths on this site', () => {
    expect(linkProblem('/fixtures/good/manifest/manifest.json')).toBeNull()
    expect(linkProblem('https://example.org/a.parquet')).toBeNull()
  })
})
