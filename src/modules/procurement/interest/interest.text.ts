import { localized } from '../../../platform/i18n/localized.js';
import { interestEn } from './interest.en.js';
import { interestSv } from './interest.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request: the e-mail). */
export const interestText = localized(interestSv, interestEn);
