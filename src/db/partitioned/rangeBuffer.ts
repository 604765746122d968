// hyparquet's AsyncBuffer over HTTP Range requests, with a cache of fetched ranges that lives
// for the session (a view that asks again for a slice costs no request). A server that ignores
// `Range` answers 200 with the whole file: below `wholeFileLimit` that body is kept and used,
// above it the read stops with a clear error rather than pulling gigabytes into the tab.
import type { AsyncBuffer } from 'hyparquet'

export type RangeFailure = { code: 'partition_file_missing' | 'partition_fetch_failed' | 'range_unsupported'; url: string; detail: string }

export class RangeReadError extends Error {
  constructor(readonly failure: RangeFailure) {
    super(`${failure.code}: ${failure.url} ${failure.detail}`)
  }
}

/** Bytes and requests that actually went over the network. */
export interface Transfer {
  requests: number
  bytes: number
  /** URLs a server sent whole because it ignored Range (read under the size limit). */
  wholeFiles: string[]
}

interface CachedFile {
  whole?: ArrayBuffer
  ranges: { start: number; bytes: ArrayBuffer }[]
  /** Requests on their way; a read inside one of them waits for it instead of asking again. */
  inflight: { start: number; end: number; bytes: Promise<ArrayBuffer> }[]
}

export class RangeCache {
  private files = new Map<string, CachedFile>()
  readonly transfer: Transfer = { requests: 0, bytes: 0, wholeFiles: [] }

  constructor(
    private wholeFileLimit: number,
    private fetchFn: typeof fetch = (...a) => fetch(...a),
  ) {}

  /** An AsyncBuffer for `url` of known size (from the manifest: no HEAD request needed). */
  buffer(url: string, byteLength: number): AsyncBuffer {
    return { byteLength, slice: (start, end = byteLength) => this.read(url, byteLength, start, end) }
  }

  private entry(url: string): CachedFile {
    let f = this.files.get(url)
    if (!f) this.files.set(url, (f = { ranges: [], inflight: [] }))
    return f
  }

  private async read(url: string, size: number, start: number, end: number): Promise<ArrayBuffer> {
    const f = this.entry(url)
    if (f.whole) return f.whole.slice(start, end)
    const hit = f.ranges.find((r) => r.start <= start && r.start + r.bytes.byteLength >= end)
    if (hit) return hit.bytes.slice(start - hit.start, end - hit.start)
    const covering = f.inflight.find((r) => r.start <= start && r.end >= end)
    if (covering) return covering.bytes.then((b) => (f.whole ? f.whole.slice(start, end) : b.slice(start - covering.start, end - covering.start)))
    const request = { start, end, bytes: this.fetchRange(url, size, start, end, f) }
    f.inflight.push(request)
    const done = () => (f.inflight = f.inflight.filter((r) => r !== request))
    request.bytes.then(done, done)
    return request.bytes
  }

  private async fetchRange(url: string, size: number, start: number, end: number, f: CachedFile): Promise<ArrayBuffer> {
    let res: Response
    try {
      this.transfer.requests++
      res = await this.fetchFn(url, { headers: { Range: `bytes=${start}-${end - 1}` } })
    } catch (err) {
      throw new RangeReadError({ code: 'partition_fetch_failed', url, detail: err instanceof Error ? err.message : String(err) })
    }
    if (res.status === 404 || res.status === 410) throw new RangeReadError({ code: 'partition_file_missing', url, detail: `HTTP ${res.status}` })
    if (res.status === 206) {
      const bytes = await res.arrayBuffer()
      this.transfer.bytes += bytes.byteLength
      f.ranges.push({ start, bytes })
      return bytes.byteLength === end - start ? bytes : bytes.slice(0, end - start)
    }
    if (res.status === 200) {
      // The server ignored Range and is sending the whole file.
      if (size > this.wholeFileLimit) {
        await res.body?.cancel().catch(() => undefined)
        throw new RangeReadError({ code: 'range_unsupported', url, detail: `${size} bytes > ${this.wholeFileLimit}` })
      }
      const whole = await res.arrayBuffer()
      this.transfer.bytes += whole.byteLength
      this.transfer.wholeFiles.push(url)
      f.whole = whole
      f.ranges = []
      return whole.slice(start, end)
    }
    throw new RangeReadError({ code: 'partition_fetch_failed', url, detail: `HTTP ${res.status}` })
  }
}
