import { localized } from '../i18n/localized.js';
import { backupEn } from './backup.en.js';
import { backupSv } from './backup.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const backupText = localized(backupSv, backupEn);
