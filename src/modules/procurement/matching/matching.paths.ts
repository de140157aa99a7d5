/** The enterprise's own list of opportunities that fit it (under /mitt-foretag: editors only). */
export const ENTERPRISE_OPPORTUNITIES_PATH = '/mitt-foretag/mojligheter';
