import { localized } from '../i18n/localized.js';
import { accountEn } from './account.en.js';
import { accountSv } from './account.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const accountText = localized(accountSv, accountEn);
