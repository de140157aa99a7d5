import { localized } from '../../../platform/i18n/localized.js';
import { reportEn } from './report.en.js';
import { reportSv } from './report.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const reportText = localized(reportSv, reportEn);
