import type { Catalogue } from '../../../platform/i18n/types.js';
import type { goalSv } from './goal.sv.js';

export const goalEn: Catalogue<typeof goalSv> = {
  nav: 'Goals',
  title: 'Goals and outcomes',
  lead: "Goals your organisation sets itself for each year, and the outcome counted from the platform's own data: the procurements you published and the reports on your contracts.",
  noOrganisation:
    'Your account belongs to no organisation, so there are no goals to show. Ask an administrator to link the account to an organisation.',
  noOrganisationTitle: 'No organisation',
  metrics: {
    clause_share: {
      label: 'Share of advertised procurements with employment-promoting clauses',
      short: 'Share with clauses',
      how: 'Advertised procurements published in the year with an employment-promoting clause in at least one lot, divided by all advertised procurements published in the year.',
    },
    reserved_count: {
      label: 'Reserved procurements',
      short: 'Reserved',
      how: 'Advertised and direct procurements published in the year with at least one reserved lot.',
    },
    lots_count: {
      label: 'Procurements split into lots',
      short: 'Split into lots',
      how: 'Advertised and direct procurements published in the year with more than one lot.',
    },
    persons_started: {
      label: 'Persons started under clauses',
      short: 'Persons started',
      how: "The sum of the number started in the reports on the organisation's contracts, dated in the year and within the contract's period.",
    },
  },
  counting:
    'Counted: procurements that are published, closed or awarded, in the year they were published. Drafts and cancelled procurements are not counted.',
  columns: { year: 'Year', target: 'Goal', outcome: 'Outcome', verdict: 'Met' },
  caption: (label: string) => `${label} per year`,
  chartLabel: (label: string, years: string) => `Chart: ${label}, ${years}. The figures are in the table beside it.`,
  chartTarget: 'Goal',
  noTarget: 'No goal',
  noOutcome: 'Nothing advertised',
  of: (part: string, whole: string) => `${part} of ${whole}`,
  verdict: { met: 'Yes', not_met: 'No', not_yet: 'Not yet', no_target: '–' },
  legend: { outcome: 'Bars: outcome', target: 'Lines: goal' },
  form: {
    heading: 'Set goals',
    lead: 'Write one goal per year. Leave the field empty for no goal. Shares are written in percent, counts as whole numbers.',
    legend: (year: number) => `Goals for ${year}`,
    percentHint: 'Percent, 0–100.',
    countHint: 'A count, a whole number.',
    save: 'Save the goals',
    saved: 'The goals are saved.',
  },
  publicity: {
    heading: 'Open page',
    lead: 'Your organisation can show its goals and outcomes openly to everyone on the page Goals of public buyers. It is up to you.',
    isPublic: 'Your figures are shown openly.',
    isNotPublic: 'Your figures are not shown openly.',
    label: 'Show our goals and outcomes openly',
    save: 'Save the choice',
    savedOn: 'Your goals and outcomes are now shown openly.',
    savedOff: 'Your goals and outcomes are no longer shown openly.',
    link: 'See the open page',
  },
  export: { heading: 'Download', csv: 'The table as CSV', xlsx: 'The table as Excel (XLSX)', sheet: 'Goals' },
  file: {
    organisation: 'Organisation',
    metric: 'Measure',
    unit: 'Unit',
    part: 'Counted',
    whole: 'Of',
    percent: 'percent',
    count: 'count',
  },
  errors: {
    wholeNumber: 'Write a whole number, or leave the field empty.',
    percent: 'Write a percentage between 0 and 100, or leave the field empty.',
    tooBig: (max: string) => `Write a number between 0 and ${max}, or leave the field empty.`,
  },
  open: {
    title: 'Goals of public buyers',
    lead: 'Organisations that chose to show their goals for employment-promoting clauses, reserved procurements and lots, and how they did. The outcomes are counted from the platform’s own data.',
    pageLead:
      "Goals the organisation set itself for each year, and the outcome counted from the platform's own data: the procurements it published and the reports on its contracts.",
    none: 'No organisation shows its goals openly yet.',
    pageTitle: (name: string) => `Goals of ${name}`,
    notPublicTitle: 'The goals are not shown openly',
    notPublic:
      'This organisation does not show its goals openly, or does not exist. Organisations choose for themselves whether their figures appear here.',
    back: 'All organisations with open goals',
  },
};
