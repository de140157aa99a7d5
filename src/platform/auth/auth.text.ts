import { localized } from '../i18n/localized.js';
import { authEn } from './auth.en.js';
import { authSv } from './auth.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const authText = localized(authSv, authEn);
