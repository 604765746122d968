// A fresh clone stands alone (issue 15): copy the repository's own files — and nothing beside them —
// to a temporary folder, and run the data build and the data checks there. Dependencies are the
// checkout's node_modules (linked), as `npm install` would give a clone.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
// Tracked files plus new files not yet committed (what the next commit's clone holds); never ignored
// output such as dist/ or public/data/.
const FILES = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && existsSync(join(ROOT, f)))

let base: string
let clone: string

function run(script: string) {
  const env = { ...process.env }
  delete env.SEED_DOCS_DIR
  const r = spawnSync(process.execPath, [join(clone, 'node_modules/tsx/dist/cli.mjs'), script], { cwd: clone, env, encoding: 'utf8' })
  return { code: r.status, out: `${r.stdout}${r.stderr}` }
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'fresh-clone-'))
  clone = join(base, 'repo')
  for (const f of FILES) {
    mkdirSync(dirname(join(clone, f)), { recursive: true })
    cpSync(join(ROOT, f), join(clone, f))
  }
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir')
})
afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true })
})

describe('a fresh clone with nothing beside it', () => {
  it('refers to no file outside the repository', () => {
    const outside = /\.\.\/shared\/|\/work\/shared|DATA_CONTRACT\.md/
    const offenders = FILES.filter((f) => !/\.(parquet|png|woff2?|wasm|ico)$/.test(f))
      .filter((f) => f !== 'tests/unit/freshClone.test.ts')
      .filter((f) => outside.test(readFileSync(join(ROOT, f), 'utf8')))
    expect(offenders).toEqual([])
  })

  it('builds the bundled dataset from data/curated', () => {
    const r = run('data/build.ts')
    expect(r.code, r.out).toBe(0)
    const manifest = JSON.parse(readFileSync(join(clone, 'public/data/manifest.json'), 'utf8'))
    expect(Object.keys(manifest.tables).sort()).toEqual(['entities', 'indicators', 'observations', 'targets'])
    for (const file of Object.values<string>(manifest.tables)) expect(existsSync(join(clone, 'public/data', file))).toBe(true)
    expect(manifest.counts.targets).toBeGreaterThan(100)
  }, 120_000)

  it('passes the data checks, and the check that needs the source documents says it skipped', () => {
    const checks = run('data/check.ts')
    expect(checks.code, checks.out).toBe(0)
    expect(checks.out).toMatch(/Result: OK/)
    const quotes = run('data/checkQuotes.ts')
    expect(quotes.code, quotes.out).toBe(0)
    expect(quotes.out).toMatch(/^Quote check skipped: the source documents are not present/)
  }, 120_000)
})
