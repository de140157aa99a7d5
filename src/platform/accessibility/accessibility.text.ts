import { localized } from '../i18n/localized.js';
import { accessibilityEn } from './accessibility.en.js';
import { accessibilitySv } from './accessibility.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const accessibilityText = localized(accessibilitySv, accessibilityEn);
