import type { Catalogue } from '../../../platform/i18n/types.js';
import type { commitmentSv } from './commitment.sv.js';

export const commitmentEn: Catalogue<typeof commitmentSv> = {
  errors: {
    date: 'Write the date as YYYY-MM-DD, for example 2026-03-31.',
    noSuchDate: 'That date does not exist.',
    count: 'Write a whole number, 0 or more.',
    personMonths: 'Write the months as a number, 0 or more, for example 4.5.',
    nothingReported: 'Fill in at least one count that is not 0.',
    tooLong: (max: number) => `The text may be at most ${max} characters.`,
    personalNumber: 'The text seems to hold a personal identity number. Write nothing about individuals, only counts.',
    notFound: 'The commitment does not exist, or is not yours.',
    tooManyMonths: (max: number) =>
      `More months than the whole commitment (${max}). Write the months done since the last report, for example 4.5.`,
    dateAhead: 'That date has not come yet. Report what has happened.',
    dateOutside: (starts: string, ends: string) => `The date must lie within the contract's period, ${starts}–${ends}.`,
  },
  status: {
    on_track: 'On track',
    at_risk: 'At risk',
    met: 'Met',
    missed: 'Missed',
  },
};
