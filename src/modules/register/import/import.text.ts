import { localized } from '../../../platform/i18n/localized.js';
import { importEn } from './import.en.js';
import { importSv } from './import.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const importText = localized(importSv, importEn);
