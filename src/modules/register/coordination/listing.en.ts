import type { Catalogue } from '../../../platform/i18n/types.js';
import type { listingSv } from './listing.sv.js';

export const listingEn: Catalogue<typeof listingSv> = {
  page: {
    title: 'Coordinators in the region',
    lead: 'The coordinators help work-integrating social enterprises to join the register and keep their information current, and municipalities, regions and other buyers to find the enterprises. Contact the coordinator for your area.',
    organisation: 'Organisation',
    area: 'Area',
    email: 'E-mail',
    phone: 'Phone',
    none: 'No coordinator has chosen to be listed here yet.',
    operator: (name: string) => `Contact ${name}, who runs the platform:`,
    register: 'Do you want to register your enterprise? You can do it yourselves.',
    registerLink: 'Register your enterprise',
  },
  choice: {
    heading: 'Be listed on the page Coordinators in the region',
    lead: 'Enterprises and buyers look for someone to ask. Choose whether you want to be on the public page with your name, e-mail address, organisation and area.',
    show: 'List me on the page Coordinators in the region',
    showHint: 'Your name and e-mail address from your account are shown, with the details below.',
    organisation: 'Organisation',
    organisationHint: 'For example your coordination association, or the labour-market unit of your municipality.',
    area: 'Area',
    areaHint: 'Municipalities or counties you coordinate for, for example Falun, Borlänge and Säter.',
    phone: 'Phone (optional)',
    phoneHint: 'Shown only if you fill it in.',
    save: 'Save the details for Coordinators in the region',
    saved: 'Saved. You are listed on the page Coordinators in the region.',
    removed: 'Saved. You are not listed on the page Coordinators in the region.',
    see: 'See the page',
  },
  errors: {
    organisation: 'Write which organisation you work for.',
    area: 'Write which municipalities or which county you coordinate for.',
    tooLong: 'At most 200 characters.',
    phone: 'Write the phone number in digits, for example 023-123 45, or leave the field empty.',
  },
};
