import type { Catalogue } from '../../platform/i18n/types.js';
import type { registerSv } from './register.sv.js';

export const registerEn: Catalogue<typeof registerSv> = {
  errors: {
    enterpriseNotFound: 'The enterprise is not in the register.',
    noEnterpriseForAccount:
      'There is no enterprise with that organisation number in the register. Add the enterprise first.',
    invalidParameters: 'One or more parameters have invalid values.',
    orgnrFormat: 'An organisation number has ten digits, for example 556677-8899.',
    orgnrChecksum:
      'The organisation number does not add up: the check digit (the last one) is wrong. Check that you copied it correctly.',
    orgnrPersonal:
      'This looks like a personal identity number. The register takes only legal persons (associations, limited companies, foundations) with an organisation number.',
  },
  searchParams: {
    unknownMunicipality: 'Unknown municipality. Give the four-digit municipality code, for example 0180 for Stockholm.',
    municipalityNotInCounty: (name: string) => `${name} is not in the chosen county.`,
    unknownCategory: 'Unknown service category.',
    yesOrNothing: 'Give 1 for yes or leave the value out.',
    unknownSort: (choices: string) => `Unknown sort order. Choose one of: ${choices}.`,
  },
  facts: {
    tooLong: (max: number) => `At most ${max} characters.`,
    descriptionTooLong: 'The description may have at most 4,000 characters.',
    notInteger: (what: string) => `${what} must be a whole number.`,
    negative: (what: string) => `${what} cannot be negative.`,
    tooLarge: (what: string) => `${what} seems unreasonably large.`,
    counts: {
      employees: 'Number of employees',
      targetGroup: 'Number of employees from the target group',
      capacity: 'Number of work-training places',
      free: 'Free places',
      supervisors: 'Number of supervisors',
    },
    dateFormat: 'Write dates as YYYY-MM-DD, for example 2026-03-31.',
    noSuchDate: 'The date does not exist.',
    municipalityCode: 'Unknown municipality code (four digits, for example 0180).',
    countyCode: 'Unknown county code (two digits, for example 01).',
    cpvCode: 'A CPV code has eight digits, for example 90910000.',
    cpvUnknown: (code: string) => `There is no CPV code ${code} in CPV 2008. Check the digits.`,
    nameMissing: 'The name is required.',
    legalForm: 'Unknown legal form.',
    yearNotInteger: 'The year must be a whole number.',
    yearTooEarly: 'The year seems too early.',
    yearTooLate: 'The year seems too late.',
    website: 'The web address does not look like an address, for example https://example.se.',
    email: 'The e-mail address does not look right, for example info@example.se.',
    postalCode: 'A postal code has five digits.',
    category: 'Unknown service category.',
    targetGroupAboveTotal: 'Employees from the target group cannot outnumber all employees.',
    freeAboveCapacity: 'Free places cannot outnumber all places.',
    municipalityNotInCounty: 'The municipality is not in that county.',
  },
  nav: {
    start: 'Home',
    enterprises: 'Find enterprises',
    myEnterprise: 'My enterprise',
    coordination: 'Coordination',
    register: 'Register your enterprise',
    coordinators: 'Coordinators in the region',
  },
  findCoordinator: 'Find the coordinator for your area',
  legalForms: {
    ekonomisk_forening: 'Economic association (ekonomisk förening)',
    ideell_forening: 'Non-profit association (ideell förening)',
    aktiebolag: 'Limited company (aktiebolag)',
    aktiebolag_svb: 'Limited company with restricted dividends (aktiebolag svb)',
    stiftelse: 'Foundation (stiftelse)',
    annan: 'Other form',
  },
  factSources: {
    import: 'Imported from a file',
    enterprise: 'The enterprise itself',
    coordinator: 'Coordinator',
    demo: 'Made-up demo data',
  },
};
