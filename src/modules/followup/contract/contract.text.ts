import { localized } from '../../../platform/i18n/localized.js';
import { contractEn } from './contract.en.js';
import { contractSv } from './contract.sv.js';

/** These texts in the language of the request being answered. */
export const contractText = localized(contractSv, contractEn);
