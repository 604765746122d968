// ?data=<url> at start-up: a manifest.json replaces the dataset, a single .parquet/.csv goes
// through the import preview (see stores/imports.ts). Read once: the link is an entry point.
import { onMounted } from 'vue'
import { useImportsStore } from '../stores/imports'

export function dataParam(search: string = location.search): string | null {
  const v = new URLSearchParams(search).get('data')
  return v && v.trim() ? v.trim() : null
}

export function useDataParam(): void {
  const imports = useImportsStore()
  onMounted(() => {
    const url = dataParam()
    if (url) void imports.loadDataParam(url)
  })
}
