import { formatInteger } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { analysisSv } from './analysis.sv.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

export const analysisEn: Catalogue<typeof analysisSv> = {
  nav: 'Market analysis',
  title: 'Market analysis',
  lead: 'See how many work-integrating social enterprises in the register can deliver what you plan to buy, where it is to be performed, and how many can take part in a reserved procurement. The page can be printed and filed with the procurement.',
  form: {
    heading: 'What and where',
    cpv: 'CPV codes',
    cpvHint: 'Eight digits, several separated by commas, for example 90911200, 90919200. Find codes by words below.',
    words: 'Find a CPV code by words',
    wordsHint: 'For example office cleaning or catering.',
    find: 'Find codes',
    county: 'County',
    municipality: 'Municipality (if it concerns only one)',
    anyCounty: 'Choose a county',
    anyMunicipality: 'The whole county',
    submit: 'Make the analysis',
    found: (count: number, words: string) => `${n(count, 'code', 'codes')} with the words “${words}”:`,
    foundNone: (words: string) => `No CPV code has the words “${words}”. Try another word, or part of a word.`,
    foundMore: (shown: number) => `The first ${formatInteger(shown)} are shown; write more words to narrow down.`,
    add: (code: string) => `Add ${code}`,
    added: 'added',
  },
  errors: {
    cpvMissing: 'Write at least one CPV code, or find one by words.',
    cpvFormat: (text: string) => `“${text}” is not a CPV code. A CPV code has eight digits, for example 90911200.`,
    cpvUnknown: (code: string) =>
      `There is no CPV code ${code} in CPV 2008. Check the digits, or find the code by words.`,
    cpvTooMany: (max: number) => `At most ${max} CPV codes in one analysis.`,
    placeMissing: 'Choose a county, and a municipality if it concerns only one.',
    countyUnknown: 'Choose a county from the list.',
    municipalityUnknown: 'Choose a municipality from the list.',
    municipalityOutside: (municipality: string, county: string) => `${municipality} is not in ${county}.`,
  },
  result: {
    heading: (place: string) => `Market analysis for ${place}`,
    madeOn: (date: string) => `Made ${date} from the ASF platform's register.`,
    asked: 'Asked for',
    total: 'Can deliver',
    eligible: 'Meet LOU chapter 4 section 18',
    eligibleHint: 'At least 30% of the employees from the target group, on figures at most 12 months old.',
    certified: 'Certified',
    training: 'With free work-training places',
    enterprises: (count: number) => n(count, 'enterprise', 'enterprises'),
    recommendation: 'Assessment',
    recommendMany: (count: number, place: string) =>
      `${n(count, 'enterprise', 'enterprises')} in ${place} meet the conditions of LOU chapter 4 section 18. Consider reserving the procurement or a lot for work-integrating social enterprises.`,
    recommendOne: (place: string) =>
      `Only one enterprise in ${place} meets the conditions of LOU chapter 4 section 18. A reserved procurement may get a single tender; consider a dialogue with the enterprises or a smaller lot.`,
    recommendNone: (total: number, place: string) =>
      total > 0
        ? `None of the ${n(total, 'enterprise', 'enterprises')} that can deliver in ${place} meets the conditions of LOU chapter 4 section 18 on current figures. A reservation would probably get no tenders; an employment-promoting requirement may be a way.`
        : `No enterprise in the register delivers what is asked for in ${place}. Widen the area or the codes, or ask the coordinator about enterprises not yet in the register.`,
    perMunicipality: 'Per municipality',
    municipality: 'Municipality',
    list: 'The enterprises',
    listCaption: 'Enterprises that can deliver, with the reason',
    name: 'Enterprise',
    why: 'Why',
    where: 'Delivers in',
    everywhere: (place: string) => `All of ${place}`,
    reservation: 'Ch. 4 s. 18',
    yes: (share: string, date: string) => `Yes (${share}, ${date})`,
    no: 'No',
    noFigures: 'No (figures missing)',
    oldFigures: (share: string, date: string) => `No (${share}, ${date}: older than 12 months)`,
    lowShare: (share: string, date: string) => `No (${share}, ${date})`,
    same: (code: string, label: string) => `${code} ${label}`,
    narrower: (offered: string, label: string, asked: string) => `${offered} ${label} (part of ${asked})`,
    broader: (offered: string, label: string, asked: string) => `${offered} ${label} (covers ${asked})`,
    firstShown: (shown: number, total: number) =>
      `The first ${formatInteger(shown)} of ${formatInteger(total)} are shown here; the whole list is in the files below.`,
    downloads: 'Download the list',
    csv: 'CSV (Excel)',
    xlsx: 'Excel (xlsx)',
    print: 'Print the page from the browser to keep the analysis.',
  },
  file: {
    sheet: 'Market analysis',
    headers: [
      'Organisation number',
      'Enterprise',
      'CPV match',
      'Delivers in',
      'Target-group share',
      'Figures from',
      'Meets ch. 4 s. 18',
      'Certified',
      'Free work-training places',
    ],
    yes: 'yes',
    no: 'no',
  },
};
