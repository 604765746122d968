// What the session has read from a partitioned dataset (files, bytes, failures), as one shared
// reactive value: the data view shows it, the notice shows what could not be read.
import { computed, shallowRef } from 'vue'
import { onReadSummary, type ReadSummary } from '../db/partitioned/load'
import { WHOLE_FILE_LIMIT } from '../db/partitioned/limits'

const summary = shallowRef<ReadSummary | null>(null)
let following = false

/** Megabytes with one decimal, as the data view prints them. */
export const toMb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1)

export function usePartitionReads() {
  if (!following) {
    following = true
    onReadSummary((s) => (summary.value = s))
  }
  /** Share of the dataset's bytes transferred, in percent with two decimals (derived: bytes read ÷ sum of file sizes in the manifest). */
  const share = computed(() => {
    const s = summary.value
    return s && s.datasetBytes > 0 ? ((100 * s.bytes) / s.datasetBytes).toFixed(2) : '0.00'
  })
  return { summary, share, limitMb: Math.round(WHOLE_FILE_LIMIT / 1024 / 1024) }
}
