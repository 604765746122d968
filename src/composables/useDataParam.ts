// ?data=<url> at start-up: a single .parquet/.csv or a whole dataset (manifest.json), read by the
// importer and previewed like a picked file. The link is taken once: it leaves the URL, so a
// reload or a view change never offers it again (once applied, the data is stored and replayed).
import { onMounted } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useImportsStore } from '../stores/imports'

export function dataParam(search: string = location.search): string | null {
  const v = new URLSearchParams(search).get('data')
  return v && v.trim() ? v.trim() : null
}

export function useDataParam(): void {
  const imports = useImportsStore()
  const router = useRouter()
  const route = useRoute()
  onMounted(async () => {
    const url = dataParam()
    if (!url) return
    void imports.loadDataParam(url)
    await router.isReady()
    void router.replace({ query: { ...route.query, data: undefined } })
  })
}
