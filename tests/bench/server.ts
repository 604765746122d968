// Starts `vite preview` on the built app for the benchmark and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process'
export { BENCH_DIST } from './benchDist'

/** `cwd`: the checkout whose bench build is served (another one for an A/B comparison, tests/bench/abStartup.ts). */
export async function startPreview(port = 4174, cwd?: string): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn('npx', ['vite', 'preview', '--mode', 'bench', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
    cwd,
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid!, 'SIGTERM') }
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  process.kill(-child.pid!, 'SIGTERM')
  throw new Error('vite preview did not start')
}
