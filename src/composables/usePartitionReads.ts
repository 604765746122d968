// What the session has read from a partitioned dataset (files, bytes, failures), as one shared
// reactive value: the data view shows it, the notice shows what could not be read.
import { computed, shallowRef } from 'vue'
import { onReadSummary, type ReadSummary } from '../db/partitioned/load'
import { WHOLE_FILE_LIMIT } from '../db/partitioned/limits'
import type { TableName } from '../types/contract'

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
  /** Per partitioned table: what was read so far, and whether a slice of it is being read now. */
  const tables = computed(() =>
    Object.entries(summary.value?.tables ?? {}).map(([table, r]) => ({
      table: table as TableName,
      ...r!,
      share: r!.datasetBytes > 0 ? ((100 * r!.bytes) / r!.datasetBytes).toFixed(2) : '0.00',
    })),
  )
  const reading = computed(() => tables.value.filter((r) => r.loading))
  return { summary, share, tables, reading, limitMb: Math.round(WHOLE_FILE_LIMIT / 1024 / 1024) }
}
