import { localized } from '../../../platform/i18n/localized.js';
import { registrationEn } from './registration.en.js';
import { registrationSv } from './registration.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const registrationText = localized(registrationSv, registrationEn);
