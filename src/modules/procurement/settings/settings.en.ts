import { formatInteger } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { settingsSv } from './settings.sv.js';

export const settingsEn: Catalogue<typeof settingsSv> = {
  link: 'Procurement rules',
  linkText: 'Direct-procurement limits per year and the list of welfare services for LOU chapter 19 section 25 a.',
  title: 'Procurement rules',
  lead: 'The amounts and the list the checks read when a buyer writes a procurement. Always give the source, so that a reader can check.',
  limits: {
    heading: 'Direct-procurement limits',
    lead: "A direct procurement above the year's limit gets a warning (never a stop). The limit for social and other specific services (LOU annex 2) applies when every lot's main code is on that list.",
    caption: 'Limits per year',
    columns: { year: 'Year', kind: 'Kind', amount: 'Limit (SEK)', source: 'Source', remove: 'Remove' },
    kinds: { social_services: 'Social and other specific services', general: 'Other goods and services' },
    none: 'No limits are recorded.',
    remove: (year: number, kind: string) => `Remove ${year}, ${kind}`,
    addHeading: 'Record or change a limit',
    year: 'Year',
    kind: 'Kind',
    amount: 'Limit in kronor',
    amountHint: 'Whole kronor, for example 8 513 250.',
    source: 'Source',
    sourceHint:
      "Law, ordinance or the authority's page, for example LOU chapter 19 and the Procurement Agency's decision.",
    save: 'Save the limit',
  },
  nonProfit: {
    heading: 'Welfare services for non-profit organisations (LOU chapter 19 section 25 a)',
    lead: 'CPV codes of the services that may be reserved for non-profit organisations. eForms has no list for the section; empty means the check only warns.',
    codes: 'CPV codes',
    codesHint: 'Eight digits, separated by commas or line breaks.',
    source: 'Source',
    sourceHint: 'Where the list comes from, for example LOU annex 2a.',
    save: 'Save the list',
    count: (n: number) => `${formatInteger(n)} ${n === 1 ? 'code' : 'codes'} in the list.`,
    updated: (at: string, by: string) => `Last changed ${at} by ${by}.`,
  },
  saved: 'Saved.',
  errors: {
    year: 'Write a year between 2000 and 2100.',
    kind: 'Choose the kind.',
    amount: 'Write the amount in whole kronor, for example 8 513 250.',
    source: 'Write the source.',
    tooLong: (max: number) => `At most ${formatInteger(max)} characters.`,
    cpvFormat: (text: string) => `"${text}" is not a CPV code. A CPV code has eight digits.`,
    cpvUnknown: (code: string) => `There is no CPV code ${code} in CPV 2008.`,
  },
};
