// ?data=<url> at start-up: a single .parquet/.csv or a whole dataset (manifest.json), read by the
// importer and previewed like a picked file. The link is taken once: it leaves the URL, so a
// reload or a view change never offers it again (once applied, the data is stored and replayed).
import { onMounted } from 'vue'
import { useRouter } from 'vue-router'
import { useImportsStore } from '../stores/imports'
import { useQueryKey } from './useQueryKey'

export function useDataParam(): void {
  const imports = useImportsStore()
  const router = useRouter()
  const data = useQueryKey('data')
  onMounted(async () => {
    await router.isReady()
    const url = data.value?.trim()
    if (!url) return
    void imports.loadDataParam(url)
    data.value = null
  })
}
