import { localized } from '../../../platform/i18n/localized.js';
import { capacityEn } from './capacity.en.js';
import { capacitySv } from './capacity.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request: the e-mails). */
export const capacityText = localized(capacitySv, capacityEn);
