/**
 * Addresses several parts of the module link to (the public page, an enterprise's interest), kept
 * here at the base that all of them use, so that no two parts need each other for a link.
 */
export const INTEREST_HOME = '/mitt-foretag/intresse';
/** An enterprise's interest in an opportunity's lots, joint bids and the dialogue meeting (editors only). */
export const interestPath = (id: number | string) => `${INTEREST_HOME}/${id}`;
