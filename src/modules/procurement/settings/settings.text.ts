import { localized } from '../../../platform/i18n/localized.js';
import { settingsEn } from './settings.en.js';
import { settingsSv } from './settings.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const settingsText = localized(settingsSv, settingsEn);
