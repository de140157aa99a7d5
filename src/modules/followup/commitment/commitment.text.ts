import { localized } from '../../../platform/i18n/localized.js';
import { commitmentEn } from './commitment.en.js';
import { commitmentSv } from './commitment.sv.js';

/** These texts in the language of the request being answered. */
export const commitmentText = localized(commitmentSv, commitmentEn);
