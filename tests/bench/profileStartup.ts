// `npm run bench:profile` — where the app's start-up goes compared with the floor page (issue 13).
// Records a Chromium trace of one cold load of each (fresh context) and prints, per page: the
// marks, when DuckDB's worker thread first ran, when the wasm was asked for, CPU time per thread
// before `engine-ready` and after it, and the main thread's long tasks (≥ 50 ms) with what ran in
// them. On a 2-core machine the wasm compile keeps both cores busy, so main-thread work before
// `engine-ready` delays the engine by about as much: that is the number to watch.
import { chromium, type Browser } from '@playwright/test'
import { startPreview } from './server'
import { browserPath, LAUNCH_ARGS } from '../support/browser'

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; cat?: string; args?: Record<string, unknown> }

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing']
const PAGES = [
  { name: 'floor', path: '/tests/bench/floor.html', ready: 'floor-ready' },
  { name: 'app', path: '/?asof=2026-11-22', ready: 'dashboard-ready' },
] as const

async function trace(browser: Browser, url: string, ready: string): Promise<TraceEvent[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await browser.startTracing(page, { categories: CATEGORIES })
  await page.goto(url)
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, ready, { timeout: 120_000 })
  const buffer = await browser.stopTracing()
  await context.close()
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[]
  return Array.isArray(parsed) ? parsed : parsed.traceEvents
}

function report(name: string, events: TraceEvent[]): void {
  const threadName = new Map<string, string>()
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, String((e.args as { name: string }).name))
  const nav = Math.max(...events.filter((e) => e.name === 'navigationStart').map((e) => e.ts))
  const ms = (ts: number) => Math.round((ts - nav) / 1000)
  const marks = new Map<string, number>()
  for (const e of events) if (e.cat?.includes('blink.user_timing') && !marks.has(e.name) && /^[a-z-]+$/.test(e.name) && ms(e.ts) > 0) marks.set(e.name, ms(e.ts))
  const engineReady = marks.get('engine-ready') ?? Infinity
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts >= nav)
  const busy = new Map<string, { before: number; after: number; first: number }>()
  for (const t of tasks) {
    const thread = threadName.get(`${t.pid}:${t.tid}`) ?? ''
    if (!/CrRendererMain|DedicatedWorker/.test(thread)) continue
    const key = `${thread}#${t.tid}`
    const b = busy.get(key) ?? { before: 0, after: 0, first: ms(t.ts) }
    const d = (t.dur ?? 0) / 1000
    if (ms(t.ts) < engineReady) b.before += d
    else b.after += d
    busy.set(key, b)
  }
  const wasmAsked = events.find((e) => e.name === 'ResourceSendRequest' && String((e.args?.data as { url?: string })?.url ?? '').endsWith('.wasm'))
  console.log(`\n${name}: ${[...marks].map(([k, v]) => `${k} ${v} ms`).join(' · ')}`)
  console.log(`  wasm asked for at ${wasmAsked ? ms(wasmAsked.ts) : '?'} ms`)
  for (const [thread, b] of busy) {
    if (b.before + b.after < 20) continue
    console.log(`  ${thread.padEnd(32)} first ran ${String(b.first).padStart(5)} ms · busy ${String(Math.round(b.before)).padStart(4)} ms before engine-ready, ${String(Math.round(b.after)).padStart(4)} ms after`)
  }
  const main = [...threadName].find(([, n]) => n === 'CrRendererMain')?.[0]
  const long = tasks.filter((t) => `${t.pid}:${t.tid}` === main && (t.dur ?? 0) >= 50_000)
  for (const t of long) {
    const inside = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.ts >= t.ts && e.ts < t.ts + t.dur! && e.name !== 'RunTask' && (e.dur ?? 0) >= 5_000)
    const what = [...new Set(inside.map((e) => e.name))].slice(0, 5).join(', ')
    console.log(`  long task on the main thread at ${ms(t.ts)} ms, ${Math.round(t.dur! / 1000)} ms: ${what}`)
  }
}

async function main() {
  const server = await startPreview(4176)
  const browser = await chromium.launch({ executablePath: browserPath(), args: LAUNCH_ARGS })
  try {
    for (const p of PAGES) report(p.name, await trace(browser, `${server.url}${p.path}`, p.ready))
  } finally {
    await browser.close()
    server.stop()
  }
}
void main()
