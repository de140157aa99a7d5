import { localized } from '../../../platform/i18n/localized.js';
import { analysisEn } from './analysis.en.js';
import { analysisSv } from './analysis.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const analysisText = localized(analysisSv, analysisEn);
