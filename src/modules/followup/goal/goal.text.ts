import { localized } from '../../../platform/i18n/localized.js';
import { goalEn } from './goal.en.js';
import { goalSv } from './goal.sv.js';

/** These texts in the language of the request being answered. */
export const goalText = localized(goalSv, goalEn);
