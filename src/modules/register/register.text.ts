import { localized } from '../../platform/i18n/localized.js';
import { registerEn } from './register.en.js';
import { registerSv } from './register.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const registerText = localized(registerSv, registerEn);
