import { localized } from '../../../platform/i18n/localized.js';
import { matchingEn } from './matching.en.js';
import { matchingSv } from './matching.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const matchingText = localized(matchingSv, matchingEn);
