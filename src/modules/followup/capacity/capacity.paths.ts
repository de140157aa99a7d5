/** The public capacity board. */
export const BOARD_PATH = '/arbetstraningsplatser';
/** The enterprise's own update page (under /mitt-foretag: its editors only). */
export const OWN_PLACES_PATH = '/mitt-foretag/arbetstraningsplatser';
/**
 * The e-mailed update, without sign-in. The signed token goes in the `nyckel` parameter, which the
 * request log hides (platform/http/request-log.ts).
 */
export const LINK_PATH = `${BOARD_PATH}/uppdatera`;
export const linkPath = (token: string) => `${LINK_PATH}?nyckel=${encodeURIComponent(token)}`;
