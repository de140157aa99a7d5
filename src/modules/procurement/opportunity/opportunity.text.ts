import { localized } from '../../../platform/i18n/localized.js';
import { opportunityEn } from './opportunity.en.js';
import { opportunitySv } from './opportunity.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const opportunityText = localized(opportunitySv, opportunityEn);
