// Partitioned datasets: files and MB read per table, shown while a slice is read and after (issue 13).
import { defineMessages } from '../define'

export default defineMessages(
  {
    partitionProgress: {
      label: '按表读取进度',
      reading: '正在按范围读取 {table}：已打开 {files} / {total} 个文件，已传输 {mb} MB',
      table: '{table}：已打开 {files} / {total} 个文件，传输 {mb} MB / {totalMb} MB（{share}%）',
      busy: '读取中…',
    },
  },
  {
    partitionProgress: {
      label: 'Reads per table',
      reading: 'Reading {table} by range: {files} of {total} files opened, {mb} MB transferred',
      table: '{table}: {files} of {total} files opened, {mb} MB of {totalMb} MB transferred ({share}%)',
      busy: 'reading…',
    },
  },
)
