// What a browser page can safely take from one Parquet file (shared by the decoder in its worker
// and the importer on the main thread, which checks a file's footer against them first).

/**
 * Uncompressed column data per file. Past it, a tab reached 9–10 GB on a 30 KB file whose text
 * decompressed to 350 MB (issue 16); the 1,000,000-row benchmark file stays well below.
 */
export const MAX_DECODED_BYTES = 256 * 1024 * 1024
/** Longer text is cut to this many characters, and the cut is reported (quotes are a few lines). */
export const MAX_TEXT_CHARS = 4000
