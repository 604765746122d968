import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { useDatasetStore } from './stores/dataset'
import { useTrackingStore } from './stores/tracking'
import type { TrackingInputs } from './queries/tracking'
import './styles.css'

export function mountApp(snapshot: Promise<TrackingInputs | null>): void {
  const app = createApp(App).use(createPinia()).use(router).use(i18n)
  app.mount('#app')
  const tracking = useTrackingStore()
  void snapshot.then((s) => s && tracking.adoptSnapshot(s))
  // ?data=…/manifest.json opens that dataset instead of the bundled one (a shared link).
  const dataParam = new URLSearchParams(location.search).get('data')
  const dataset = useDatasetStore()
  if (dataParam && /\.json(\?|$)/i.test(dataParam)) void dataset.loadManifest(dataParam, dataParam)
  else void dataset.loadBundled()
}
