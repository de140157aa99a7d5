import { localized } from '../../platform/i18n/localized.js';
import { procurementEn } from './procurement.en.js';
import { procurementSv } from './procurement.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const procurementText = localized(procurementSv, procurementEn);
