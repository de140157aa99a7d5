import { localized } from '../../../platform/i18n/localized.js';
import { verificationEn } from './verification.en.js';
import { verificationSv } from './verification.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const verificationText = localized(verificationSv, verificationEn);
