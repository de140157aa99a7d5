import type { Catalogue } from '../../../platform/i18n/types.js';
import type { reservationSv } from './reservation.sv.js';

export const reservationEn: Catalogue<typeof reservationSv> = {
  kinds: {
    social_integration: 'Work-integrating social enterprises (at least 30% from the target group)',
    sheltered_programme: 'Performed within a sheltered-employment programme',
    public_service_mission:
      'Organisations with a public-service mission (certain health, social and cultural services)',
    non_profit: 'Non-profit organisations (welfare services)',
  },
  reasonMissing: (reference: string) =>
    `Write why the lot is reserved under ${reference}, so that readers understand the choice.`,
  notYetValid: (reference: string, from: string) => `Reservation under ${reference} can be used from ${from}.`,
  mainCpvMissing: (reference: string) =>
    `Give the main CPV code: ${reference} applies only to certain services, and the main code decides whether the lot may be reserved.`,
  mainCpvNotAllowed: (code: string, reference: string, source: string, example: string) =>
    `The main CPV code ${code} may not be reserved under ${reference}: it is not among the services the section applies to (${source}). Choose a main code from the list, for example ${example}, or another reservation.`,
  additionalCpvOff: (codes: string, reference: string) =>
    `The additional codes ${codes} are not among the services ${reference} applies to. This does not stop the reservation, but check that the lot covers only such services.`,
  monthsMissing: (reference: string, years: number) =>
    `Give the contract period: under ${reference} the contract may run for at most ${years} years.`,
  monthsNotPositive: 'The contract period must be longer than 0 months.',
  monthsTooLong: (months: number, reference: string, max: number) =>
    `The contract period of ${months} months is too long: under ${reference} the contract may run for at most ${max} months.`,
};
