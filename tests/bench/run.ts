// `npm run bench`: prints medians of repeated runs against the built app (see README).
import { startPreview } from './server'
import { measureLoad } from './loadTimes'
import { fmtKb, fmtMb, fmtMs, median } from './stats'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)

async function main() {
  const server = await startPreview()
  try {
    const app: Awaited<ReturnType<typeof measureLoad>>[] = []
    const floor: Awaited<ReturnType<typeof measureLoad>>[] = []
    // Interleave app and floor runs so machine noise hits both alike.
    for (let i = 0; i < RUNS; i++) {
      floor.push(await measureLoad(`${server.url}/tests/bench/floor.html`, ['floor-ready']))
      app.push(await measureLoad(`${server.url}/?asof=2026-11-22`, ['dashboard-ready']))
    }
    const m = (runs: typeof app, phase: 'cold' | 'warm', mark: string) => median(runs.map((r) => r[phase][mark]))
    const appCold = m(app, 'cold', 'dashboard-ready')
    const appWarm = m(app, 'warm', 'dashboard-ready')
    const floorCold = m(floor, 'cold', 'floor-ready')
    const floorWarm = m(floor, 'warm', 'floor-ready')
    const rows: [string, string][] = [
      ['runs (median of)', String(RUNS)],
      ['app cold → dashboard-ready', fmtMs(appCold)],
      ['app warm → dashboard-ready', fmtMs(appWarm)],
      ['floor cold (bare DuckDB-WASM + same Parquet + 1 query)', fmtMs(floorCold)],
      ['floor warm', fmtMs(floorWarm)],
      ['ratio app/floor cold (target ≤ 1.3)', (appCold / floorCold).toFixed(2)],
      ['ratio app/floor warm (target ≤ 1.3)', (appWarm / floorWarm).toFixed(2)],
      ['initial main-thread JS, gzip (target < 350 KB)', fmtKb(median(app.map((r) => r.initialJsGzip)))],
      ['peak JS heap (main thread, app load)', fmtMb(median(app.map((r) => r.peakHeap)))],
    ]
    const width = Math.max(...rows.map(([k]) => k.length))
    console.log('\nBenchmark (headless Chromium, this machine)')
    for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`)
  } finally {
    server.stop()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
