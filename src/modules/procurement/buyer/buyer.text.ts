import { localized } from '../../../platform/i18n/localized.js';
import { buyerEn } from './buyer.en.js';
import { buyerSv } from './buyer.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const buyerText = localized(buyerSv, buyerEn);
