/** Where the bundled dataset's manifest is served from. */
export const BUNDLED_MANIFEST = `${import.meta.env.BASE_URL}data/manifest.json`
