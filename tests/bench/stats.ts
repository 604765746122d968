export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

export const fmtMs = (ms: number) => `${ms.toFixed(0)} ms`
export const fmtKb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
export const fmtMb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
