import { describe, it, expect } from 'vitest'
import zh from '../../src/i18n/zh-CN'
import en from '../../src/i18n/en'
import { readdirSync } from 'node:fs'

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix]
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

function entries(obj: unknown, prefix = ''): [string, unknown][] {
  if (typeof obj !== 'object' || obj === null) return [[prefix, obj]]
  return Object.entries(obj).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k))
}

function leaves(obj: unknown): unknown[] {
  if (typeof obj !== 'object' || obj === null) return [obj]
  return Object.values(obj).flatMap(leaves)
}

describe('messages', () => {
  it('core: every Chinese key exists in English and no message is empty', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort())
    for (const v of [...leaves(zh), ...leaves(en)]) expect(typeof v === 'string' && v.length > 0).toBe(true)
  })

  it('features: both languages have the same keys and no empty message', async () => {
    const files = readdirSync(new URL('../../src/i18n/features', import.meta.url)).filter((f) => f.endsWith('.ts'))
    for (const f of files) {
      const mod = (await import(`../../src/i18n/features/${f}`)).default as { zh: unknown; en: unknown }
      expect(keys(mod.en).sort(), f).toEqual(keys(mod.zh).sort())
      // Unit suffixes (gapUnit.*) may be empty (a ratio has no unit word); every other message may not.
      for (const lang of [mod.zh, mod.en]) {
        for (const [key, v] of entries(lang)) {
          expect(typeof v, `${f} ${key}`).toBe('string')
          if (!key.startsWith('gapUnit.')) expect((v as string).length, `${f} ${key}`).toBeGreaterThan(0)
        }
      }
    }
  })
})
