/**
 * Addresses two feature folders link to, kept at the module's root so that neither needs the
 * other: the directory's "Bevaka sökningen" posts to watch/, which reads the directory's filters.
 */
export const WATCH_PATH = '/foretag/bevaka';
export const WATCHES_PATH = '/bevakningar';
