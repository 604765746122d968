// The bench build's folder, defined once in vite.config.ts (which builds there in bench mode).
export { BENCH_DIST } from '../../vite.config'
