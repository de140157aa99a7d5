import { luhnValid } from './luhn.js';

/**
 * Whether free text seems to hold a Swedish personnummer or samordningsnummer, so that forms can
 * refuse it: the platform keeps no personal data about participants or other third persons
 * (DESIGN: no personal data about participants), and a number typed into a message is the most
 * common way such data would slip in.
 *
 * What counts: six or eight digits of a date that exists in the calendar (a samordningsnummer
 * adds 60 to the day), then four digits, with or without a hyphen or plus. Written with the
 * hyphen or plus it is refused even when the check digit is wrong (a mistyped number is still
 * someone's); run together, only with a right check digit, since a phone number such as
 * 0701234567 also reads as a date one time in three. Organisation numbers never match: their
 * third digit is 2 or more, so their "month" is 20 or more.
 */
export function containsPersonalNumber(text: string): boolean {
  // Hyphens as word processors write them too: en dash, non-breaking hyphen, minus sign.
  const pattern = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})\s*([-+\u2010-\u2015\u2212])?\s*(\d{4})(?!\d)/g;
  for (const m of text.matchAll(pattern)) {
    const [, century, yy, mm, dd, separator, last4] = m;
    if (century && century !== '19' && century !== '20') continue;
    if (!isDate(century, yy!, mm!, dd!)) continue;
    if (separator || luhnValid(`${yy}${mm}${dd}${last4}`)) return true;
  }
  return false;
}

function isDate(century: string | undefined, yy: string, mm: string, dd: string): boolean {
  const month = Number(mm);
  let day = Number(dd);
  if (day > 60) day -= 60; // samordningsnummer
  if (month < 1 || month > 12 || day < 1) return false;
  // Without the century any year fits; a leap day is allowed then.
  const year = century ? Number(`${century}${yy}`) : 2000;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
