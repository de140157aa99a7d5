import { localized } from '../i18n/localized.js';
import { mailEn } from './mail.en.js';
import { mailSv } from './mail.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const mailText = localized(mailSv, mailEn);
