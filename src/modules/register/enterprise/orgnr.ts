import { luhnValid } from '../../../platform/privacy/luhn.js';
import { registerText } from '../register.text.js';

/**
 * Swedish organisation numbers (organisationsnummer): ten digits, the last a Luhn check digit,
 * stored as NNNNNN-NNNN. The third digit is 2 or more for legal persons; a lower one means a
 * personal identity number (a sole trader), which the register does not take: an ASF is a
 * legal person, and a personnummer is personal data we must not store.
 */
export type OrgnrResult =
  { ok: true; value: string } | { ok: false; error: 'orgnr_format' | 'orgnr_checksum' | 'orgnr_personal' };

/** The message for each fault, read when asked so that it is in the language of the page. */
export const ORGNR_MESSAGES: Readonly<Record<Extract<OrgnrResult, { ok: false }>['error'], string>> = {
  get orgnr_format() {
    return registerText.errors.orgnrFormat;
  },
  get orgnr_checksum() {
    return registerText.errors.orgnrChecksum;
  },
  get orgnr_personal() {
    return registerText.errors.orgnrPersonal;
  },
};

/** Computes the check digit for nine digits, for generating fictional demo numbers. */
export function luhnCheckDigit(nineDigits: string): number {
  for (let d = 0; d <= 9; d++) if (luhnValid(nineDigits + d)) return d;
  throw new Error('unreachable');
}

export function parseOrgnr(input: string): OrgnrResult {
  let digits = input.replace(/[\s\u00a0-]/g, '');
  // Skatteverket writes legal persons with the century-like prefix 16 in some registers.
  if (/^16\d{10}$/.test(digits)) digits = digits.slice(2);
  if (!/^\d{10}$/.test(digits)) return { ok: false, error: 'orgnr_format' };
  if (!luhnValid(digits)) return { ok: false, error: 'orgnr_checksum' };
  if (Number(digits[2]) < 2) return { ok: false, error: 'orgnr_personal' };
  return { ok: true, value: `${digits.slice(0, 6)}-${digits.slice(6)}` };
}

/** Quick shape check for route parameters, before any lookup. */
export function looksLikeOrgnr(s: string): boolean {
  return /^\d{6}-\d{4}$/.test(s);
}
