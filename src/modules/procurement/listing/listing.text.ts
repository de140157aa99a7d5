import { localized } from '../../../platform/i18n/localized.js';
import { listingEn } from './listing.en.js';
import { listingSv } from './listing.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const listingText = localized(listingSv, listingEn);
