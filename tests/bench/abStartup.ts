// `npm run bench:ab -- <git ref>`: start-up of this checkout (B) against another commit (A), each
// with its own floor page, in interleaved rounds (A then B, then B then A, …), so the machine's
// drift hits both alike. On a shared 2-core machine one run's figures move by ±15 %; a change of
// a few per cent shows only against its own baseline measured alongside. The other commit is
// built in a git worktree under the system's temp folder (reused when already built).
import { execFileSync } from 'node:child_process'
import { existsSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { measureLoad } from './loadTimes'
import { startPreview } from './server'
import { fmtMs, median } from './stats'

const ROUNDS = Number(process.env.BENCH_RUNS ?? 8)
const ref = process.argv[2] ?? 'HEAD~1'
const here = resolve('.')
const sha = execFileSync('git', ['rev-parse', ref], { encoding: 'utf8' }).trim()

function buildBaseline(): string {
  const dir = join(tmpdir(), `nmg-ab-${sha.slice(0, 12)}`)
  if (!existsSync(join(dir, 'tests/output/bench-dist/index.html'))) {
    if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', '-f', dir, sha], { stdio: 'inherit' })
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(here, 'node_modules'), join(dir, 'node_modules'))
    execFileSync('npm', ['run', 'data'], { cwd: dir, stdio: 'ignore' })
    execFileSync('npx', ['vite', 'build', '--mode', 'bench'], { cwd: dir, stdio: 'ignore' })
  }
  return dir
}

interface Figures { firstKpi: number[]; ready: number[]; floor: number[] }

async function main() {
  const a = await startPreview(4191, buildBaseline())
  const b = await startPreview(4192)
  const figures: Record<'A' | 'B', Figures> = { A: { firstKpi: [], ready: [], floor: [] }, B: { firstKpi: [], ready: [], floor: [] } }
  try {
    for (let i = 0; i < ROUNDS; i++) {
      for (const side of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
        const url = (side === 'A' ? a : b).url
        const floor = await measureLoad(`${url}/tests/bench/floor.html`, ['floor-ready'])
        const app = await measureLoad(`${url}/?asof=2026-11-22`, ['first-kpi', 'dashboard-ready'])
        const f = figures[side]
        f.firstKpi.push(app.cold['first-kpi'])
        f.ready.push(app.cold['dashboard-ready'])
        f.floor.push(floor.cold['floor-ready'])
        console.log(`round ${i + 1} ${side}: first-kpi ${fmtMs(app.cold['first-kpi'])}, dashboard-ready ${fmtMs(app.cold['dashboard-ready'])}, floor ${fmtMs(floor.cold['floor-ready'])}`)
      }
    }
    console.log(`\nStart-up, cold, median of ${ROUNDS} interleaved rounds — A: ${ref} (${sha.slice(0, 7)}), B: this checkout`)
    for (const side of ['A', 'B'] as const) {
      const f = figures[side]
      const paired = median(f.ready.map((r, i) => r / f.floor[i]))
      console.log(`  ${side}: first-kpi ${fmtMs(median(f.firstKpi))} · dashboard-ready ${fmtMs(median(f.ready))} · floor ${fmtMs(median(f.floor))} · ratio ${(median(f.ready) / median(f.floor)).toFixed(2)} (rounds' own: ${paired.toFixed(2)})`)
    }
  } finally {
    a.stop()
    b.stop()
  }
}
void main()
