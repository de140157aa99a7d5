import { localized } from '../../../platform/i18n/localized.js';
import { reservationEn } from './reservation.en.js';
import { reservationSv } from './reservation.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const reservationText = localized(reservationSv, reservationEn);
