/** Largest file read whole from a server that ignores Range (the fall-back; above it, a clear error). */
export const WHOLE_FILE_LIMIT = 32 * 1024 * 1024
