import { localized } from '../../../platform/i18n/localized.js';
import { confirmationEn } from './confirmation.en.js';
import { confirmationSv } from './confirmation.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const confirmationText = localized(confirmationSv, confirmationEn);
