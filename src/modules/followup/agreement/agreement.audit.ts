import { label } from '../../../platform/audit/audit.labels.js';

/** Names of the keys in the agreements' audit details, for the log page. */
export const AGREEMENT_AUDIT_KEYS = {
  trainingAgreement: label('Överenskommelse (id)', 'Agreement (id)'),
  trainingPlaces: label('Platser', 'Places'),
};
