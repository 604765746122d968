// The fictitious sample (public/sample/): fetched from the app's own origin and handed to the
// importer like any file, so it is previewed, applied, undone and reset like any import.
// Never part of the bundled dataset.
import { SAMPLE_PREFIX } from '../../stores/warnings'
import type { ImportFile } from '../../db/import/types'

export const SAMPLE_FILES = [`${SAMPLE_PREFIX}-schools.csv`, `${SAMPLE_PREFIX}-majors.csv`, `${SAMPLE_PREFIX}-school-conditions.csv`]

export async function fetchSampleFiles(): Promise<ImportFile[]> {
  return Promise.all(
    SAMPLE_FILES.map(async (name) => {
      const res = await fetch(`${import.meta.env.BASE_URL}sample/${name}`)
      if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`)
      return { name, blob: await res.blob() }
    }),
  )
}
