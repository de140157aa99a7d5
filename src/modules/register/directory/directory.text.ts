import { localized } from '../../../platform/i18n/localized.js';
import { directoryEn } from './directory.en.js';
import { directorySv } from './directory.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const directoryText = localized(directorySv, directoryEn);
