// `npm run test:loaded`: the acceptance run of issue 15. Starts one CPU burner per available core
// (`node -e "for(;;){}"`), runs `npm test` while they spin, stops them whatever happens, and
// prints the duration. BURNERS=n changes the number of burners.
import { spawn, type ChildProcess } from 'node:child_process'
import { availableParallelism } from 'node:os'

const count = Number(process.env.BURNERS) || availableParallelism()
const burners: ChildProcess[] = Array.from({ length: count }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }))
const stopBurners = () => burners.forEach((b) => b.exitCode === null && b.kill('SIGKILL'))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { stopBurners(); process.exit(130) })
process.on('exit', stopBurners)

console.log(`test:loaded: ${count} CPU burner(s) running (pids ${burners.map((b) => b.pid).join(', ')}); running npm test`)
const started = Date.now()
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const run = spawn(npm, ['test'], { stdio: 'inherit', env: process.env })
run.on('exit', (code, signal) => {
  stopBurners()
  const seconds = Math.round((Date.now() - started) / 1000)
  console.log(`test:loaded: npm test ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`} in ${Math.floor(seconds / 60)} min ${seconds % 60} s with ${count} burner(s)`)
  process.exit(code ?? 1)
})
