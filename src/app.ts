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
import './styles.css'

export function mountApp(snapshot: Promise<unknown>): void {
  const app = createApp(App).use(createPinia()).use(router).use(i18n)
  installErrorHandler(app)
  app.mount('#app')
  const tracking = useTrackingStore()
  const dataset = useDatasetStore()
  void snapshot.then((json) => {
    const early = parseSnapshot(json)
    if (!early) return
    dataset.adoptEarlyFacts(early.facts)
    tracking.adoptSnapshot(early.inputs)
  })
  // The bundled data always loads first; a ?data= link (a file or a whole dataset) is read by
  // the importer and previewed like a picked file, applied only when the user says so.
  if (!isPresenterWindow()) void dataset.loadBundled()
}
