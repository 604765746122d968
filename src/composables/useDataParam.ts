// ?data=<url> at start-up: a manifest.json replaces the dataset (app.ts opens it; the importer
// reports a failure and falls back), a single .parquet/.csv goes through the import preview.
import { onMounted } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useImportsStore } from '../stores/imports'
import { isManifestUrl } from '../db/import'

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
    // A single file is taken once; the link must not offer it again on every reload or view.
    // A manifest stays in the URL: it is the dataset being shown, worth sharing.
    if (!isManifestUrl(url)) {
      await router.isReady()
      void router.replace({ query: { ...route.query, data: undefined } })
    }
  })
}
