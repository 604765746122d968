import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { useDatasetStore } from './stores/dataset'
import './styles.css'

export function mountApp(): void {
  const app = createApp(App).use(createPinia()).use(router).use(i18n)
  app.mount('#app')
  void useDatasetStore().loadBundled()
}
