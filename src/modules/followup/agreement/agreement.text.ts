import { localized } from '../../../platform/i18n/localized.js';
import { agreementEn } from './agreement.en.js';
import { agreementSv } from './agreement.sv.js';

/** These texts in the language of the request being answered. */
export const agreementText = localized(agreementSv, agreementEn);
