/**
 * The follow-up module's public face: the module object for the composition root, and what other
 * modules may use.
 */
export { followup } from './followup.module.js';
export type { FollowupTables } from './followup.tables.js';
