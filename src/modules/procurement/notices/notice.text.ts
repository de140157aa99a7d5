import { localized } from '../../../platform/i18n/localized.js';
import { noticeEn } from './notice.en.js';
import { noticeSv } from './notice.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const noticeText = localized(noticeSv, noticeEn);
