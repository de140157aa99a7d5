import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containsPersonalNumber } from './personal-number.js';

describe('containsPersonalNumber', () => {
  it('finds personnummer and samordningsnummer written the usual ways', () => {
    for (const text of [
      '811218-9876',
      'Hans personnummer är 19811218-9876, ring honom.',
      '198112189876',
      '8112189876',
      '811218+9876',
      '811218 - 9876',
      // Pasted from a word processor: an en dash, a non-breaking hyphen.
      '811218\u20139876',
      '811218\u20119876',
      // A wrong check digit with the hyphen is still someone's number, mistyped.
      '811218-9875',
      // Samordningsnummer: the day plus 60.
      '811278-9873',
    ]) {
      assert.equal(containsPersonalNumber(text), true, text);
    }
  });

  it('leaves organisation numbers, phone numbers, dates and amounts alone', () => {
    for (const text of [
      '556677-8899',
      'Org.nr 802345-6789 stämmer inte',
      'Ring 070-123 45 67 eller 08-123 456 78',
      // A phone number run together reads as a date (07-01-23) but fails the check digit.
      '0701234568',
      'Sedan 2026-03-31 har de 12 anställda',
      'Omsättning 1 200 000 kr',
      'CPV 90910000',
      '20260331',
      // Not a date: month 13.
      '811318-9876',
      // 30 February does not exist.
      '19810230-1234',
    ]) {
      assert.equal(containsPersonalNumber(text), false, text);
    }
  });
});
