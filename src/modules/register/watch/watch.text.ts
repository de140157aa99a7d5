import { localized } from '../../../platform/i18n/localized.js';
import { watchEn } from './watch.en.js';
import { watchSv } from './watch.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request: the e-mail). */
export const watchText = localized(watchSv, watchEn);
