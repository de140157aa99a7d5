import { label } from '../../../platform/audit/audit.labels.js';

/** Names of the keys in the free places' audit details, for the log page. */
export const CAPACITY_AUDIT_KEYS = {
  freePlaces: label('Lediga platser', 'Free places'),
  freePlacesUnchanged: label('Bekräftat oförändrat', 'Confirmed unchanged'),
};
