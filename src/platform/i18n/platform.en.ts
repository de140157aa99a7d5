import type { Catalogue } from './types.js';
import type { platformSv } from './platform.sv.js';

export const platformEn: Catalogue<typeof platformSv> = {
  siteName: 'ASF platform',
  tagline: 'One way in to work-integrating social enterprises',
  otherLanguage: 'På svenska',
  pagedTitle: (title: string, page: string) => `${title}, page ${page}`,
  apiDocsLanguage:
    'The API reference below is written in Swedish, like the OpenAPI document it is drawn from (/api/openapi.json). Field names, paths and error ids are the same in every language.',
  skipLink: 'Skip to content',
  nav: {
    label: 'Main menu',
    api: 'Open data and API',
    admin: 'Administration',
  },
  account: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    myAccount: 'My account',
  },
  demoBanner: 'Demo version: enterprises marked “Made-up example” are made up. Their facts concern no real enterprise.',
  footer: {
    about: 'The ASF platform gathers the work-integrating social enterprises of the region.',
    openData: 'Open data (API)',
    apiDocs: 'API documentation',
    privacy: 'Personal data and privacy',
    runBy: 'The platform is run by',
    contact: 'Contact',
    phone: 'Phone',
    accessibility: 'Accessibility statement',
    example: 'The name and contact above are examples: whoever runs the platform has not given their own yet.',
    exampleAdmin:
      'For you as an administrator: set them in the settings OPERATOR_NAME, OPERATOR_EMAIL and OPERATOR_PHONE.',
    linksLabel: 'About the site',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at that address. Check the address or start again from the home page.',
    serverTitle: 'Something went wrong on our side',
    serverText: 'Please try again in a while. The error has been logged.',
    unavailableTitle: 'The service is not available right now',
    unavailableText:
      'We cannot reach the database at the moment, usually only for a few seconds. Please try again shortly.',
    backToStart: 'To the home page',
    summaryTitle: 'There are errors to correct',
    fieldPrefix: 'Error: ',
    formExpired: 'The form has expired. Reload the page and try again.',
    tooManyAttempts: (minutes: number) =>
      `You have tried many times in a short while. Wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and try again.`,
  },
  api: {
    notFound: 'There is no resource at that address.',
    tooLarge: 'The request is too large.',
    methodNotAllowed: 'The method is not supported here.',
    invalidRequest: 'The request could not be read.',
    invalidParameters: 'One or more parameters have invalid values.',
    invalidValue: 'Invalid value.',
    unknownCounty: 'Unknown county. Give the two-digit county code, for example 01 for Stockholms län.',
    cpvCode: 'A CPV code has eight digits, for example 90910000.',
    queryTooLong: (max: number) => `The search text may be at most ${max} characters.`,
    pageNumber: (max: number) => `The page number must be a whole number from 1 to ${max}.`,
    pageSize: (max: number) => `The page size must be a whole number from 1 to ${max}.`,
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous',
    next: 'Next',
    page: (n: number) => `Page ${n}`,
    current: (n: number, of: number) => `Page ${n} of ${of}`,
  },
};
