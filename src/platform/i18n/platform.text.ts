import { localized } from './localized.js';
import { platformEn } from './platform.en.js';
import { platformSv } from './platform.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const platformText = localized(platformSv, platformEn);
