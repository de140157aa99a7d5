import { localized } from '../i18n/localized.js';
import { adminEn } from './admin.en.js';
import { adminSv } from './admin.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const adminText = localized(adminSv, adminEn);
