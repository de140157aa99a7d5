import { label as l, type AuditDetailLabels } from '../../../platform/audit/audit.labels.js';

/** The names of the goal events' details on the log page (/admin/logg). */
export const GOAL_AUDIT_DETAILS: AuditDetailLabels = {
  keys: {
    goalTargets: l('Mål (mått_år: värde, null = borttaget)', 'Goals (measure_year: value, null = removed)'),
    goalsPublic: l('Målen visas öppet', 'Goals shown openly'),
  },
};
