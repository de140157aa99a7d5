import { localized } from '../../../platform/i18n/localized.js';
import { alertsEn } from './alerts.en.js';
import { alertsSv } from './alerts.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request: the e-mails). */
export const alertsText = localized(alertsSv, alertsEn);
