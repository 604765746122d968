import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { useDatasetStore } from './stores/dataset'
import './styles.css'

const app = createApp(App).use(createPinia()).use(router).use(i18n)
app.mount('#app')
// Start DuckDB and the bundled data at once; the shell is already on screen.
void useDatasetStore().loadBundled()
