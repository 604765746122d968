import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { installErrorHandler } from './composables/useAppError'
import { useDatasetStore } from './stores/dataset'
import { useTrackingStore } from './stores/tracking'
import { isPresenterWindow } from './present/window'
import { parseSnapshot } from './queries/snapshot'
import { BUNDLED_SNAPSHOT } from './bootConfig'
import './styles.css'

/** `snapshot`: the bundled snapshot main.ts fetched (null when the page shows other data). */
export function mountApp(snapshot: Promise<unknown>): void {
  const app = createApp(App).use(createPinia()).use(router).use(i18n)
  installErrorHandler(app)
  app.mount('#app')
  const tracking = useTrackingStore()
  const dataset = useDatasetStore()
  void snapshot.then((json) => {
    const early = parseSnapshot(json)
    if (!early) return
    dataset.adoptEarly(early.name, early.facts)
    tracking.adoptSnapshot(early.inputs, early.complete)
    // Only the headlines' rows, for the overview: every target's once the user goes elsewhere
    // before DuckDB has answered (the tracker, a target page, the slides).
    if (!early.complete) {
      const wantAll = () => router.currentRoute.value.name !== 'overview' && tracking.origin === 'snapshot' && !tracking.complete
      let asked = false
      const completeRows = () => {
        if (asked || !wantAll()) return
        asked = true
        void fetch(BUNDLED_SNAPSHOT)
          .then((r) => (r.ok ? r.json() : null))
          .then((all: unknown) => {
            const full = parseSnapshot(all)
            if (full?.complete) tracking.adoptSnapshot(full.inputs, true)
          })
          .catch(() => undefined) // DuckDB's rows follow anyway
      }
      // After the first navigation has resolved: before it, the route has no name yet.
      void router.isReady().then(completeRows)
      router.afterEach(completeRows)
    }
  })
  // The bundled data always loads first; a ?data= link (a file or a whole dataset) is read by
  // the importer and previewed like a picked file, applied only when the user says so.
  if (!isPresenterWindow()) void dataset.loadBundled()
}
