import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath, URL } from 'node:url'

/** Where `npm run bench` builds (`vite build --mode bench`): the app plus the floor page, never dist/. */
export const BENCH_DIST = 'tests/output/bench-dist'

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// `vite build` is the production app only. `vite build --mode bench` adds the bare DuckDB-WASM page
// the benchmark uses as its floor, into its own folder, so dist/ never ships a bench page.
export default defineConfig(({ mode }) => ({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Fonts always ship as files: Vite would inline the small Noto Sans SC slices as data: URLs,
    // which the CSP's `font-src 'self'` rightly blocks (console errors in present mode, issue 14).
    assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    outDir: mode === 'bench' ? BENCH_DIST : 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        app: page('./index.html'),
        ...(mode === 'bench' ? { floor: page('./tests/bench/floor.html') } : {}),
      } as Record<string, string>,
    },
  },
  // `npm start` binds exactly the address it prints (not `localhost`, which may resolve to ::1).
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Asia/Shanghai' },
  },
}))
