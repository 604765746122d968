import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { installErrorHandler } from './composables/useAppError'
import { useDatasetStore } from './stores/dataset'
import { useTrackingStore } from './stores/tracking'
import { isPresenterWindow } from './present/window'
import { loadSnapshot, type BundledSnapshot } from './queries/snapshot'
import { BUNDLED_SNAPSHOT } from './bootConfig'
import './styles.css'

/** `snapshot`: the bundled snapshot main.ts fetched (null when the page shows other data). */
export function mountApp(snapshot: Promise<BundledSnapshot | null>): void {
  const app = createApp(App).use(createPinia()).use(router).use(i18n)
  installErrorHandler(app)
  app.mount('#app')
  void snapshot.then((early) => early && adoptBundledSnapshot(early))
  // The bundled data always loads first; a ?data= link (a file or a whole dataset) is read by
  // the importer and previewed like a picked file, applied only when the user says so.
  if (!isPresenterWindow()) void useDatasetStore().loadBundled()
}

/**
 * Show the snapshot until DuckDB answers. The overview's is the headlines' rows alone: every
 * target's are fetched once the user goes elsewhere before DuckDB has answered (the tracker, a
 * target page, the slides).
 */
function adoptBundledSnapshot(early: BundledSnapshot): void {
  const tracking = useTrackingStore()
  useDatasetStore().adoptEarly(early.name, early.facts)
  tracking.adoptSnapshot(early.inputs, early.complete)
  if (early.complete) return
  let asked = false
  const completeRows = () => {
    if (asked || router.currentRoute.value.name === 'overview' || tracking.origin !== 'headlines') return
    asked = true
    void loadSnapshot(BUNDLED_SNAPSHOT).then((all) => all?.complete && tracking.adoptSnapshot(all.inputs, true))
  }
  // After the first navigation has resolved: before it, the route has no name yet.
  void router.isReady().then(completeRows)
  router.afterEach(completeRows)
}
