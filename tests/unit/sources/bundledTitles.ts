// The bundled dataset's document titles, adopted as the app does when it loads public/data/manifest.json
// (built here from data/curated, as `npm run data` builds it), for tests that search by title.
import { adoptDocumentTitles } from '../../../src/queries/documents'
import { parseDatasetFacts } from '../../../src/types/datasetFacts'
import { manifest } from '../../../data/lib/export'
import { loadFacts } from '../../../data/lib/facts'
import { loadCurated } from '../../../data/lib/load'

export function bundledFacts() {
  const curated = loadCurated('data/curated')
  return parseDatasetFacts(manifest(curated, loadFacts('data/curated', curated).facts))
}

export function adoptBundledTitles(): void {
  adoptDocumentTitles(bundledFacts().documents)
}
