// Partitioned datasets read by range (src/db/partitioned): what was read, and why a file was not.
import { defineMessages } from '../define'

export default defineMessages(
  {
    partitioned: {
      readsLabel: '按需读取',
      reads: '分区数据按需读取：已打开 {files} / {total} 个文件，传输 {mb} MB / 全部 {totalMb} MB（{share}%），{requests} 次请求。',
      readsNote: '只读取当前视图需要的文件和行组，其余部分不会下载。百分比为推算值：传输字节数 ÷ 清单中全部文件大小之和。',
      noticeTitle: '部分分区数据未能读取',
      missing: '清单列出的文件不存在：{url}。已加载的数据保留；请用 npm run manifest 重新生成清单。',
      rangeUnsupported: '服务器不支持按范围读取（HTTP Range），文件 {url} 超过 {limit} MB，未下载。已加载的数据保留；请改用支持 Range 的静态服务器或存储桶（见 README）。',
      wholeFiles: '服务器不支持按范围读取（HTTP Range）：{count} 个小于 {limit} MB 的文件已整份下载。请改用支持 Range 的服务器，以免下载不需要的数据。',
      dismiss: '关闭提示',
    },
  },
  {
    partitioned: {
      readsLabel: 'Read on demand',
      reads: 'Partitioned data read on demand: {files} of {total} files opened, {mb} MB of {totalMb} MB transferred ({share}%), {requests} requests.',
      readsNote: 'Only the files and row groups the current view needs are read; the rest is never downloaded. The share is derived: bytes transferred ÷ the sum of the file sizes in the manifest.',
      noticeTitle: 'Some partitioned data could not be read',
      missing: 'The manifest names a file that does not exist: {url}. The data already loaded stays; regenerate the manifest with npm run manifest.',
      rangeUnsupported: 'The server does not support range requests (HTTP Range) and {url} is larger than {limit} MB, so it was not downloaded. The data already loaded stays; use a static server or bucket that allows Range (see README).',
      wholeFiles: 'The server does not support range requests (HTTP Range): {count} files under {limit} MB were downloaded whole. Use a server that allows Range so unneeded data is not downloaded.',
      dismiss: 'Dismiss',
    },
  },
)
