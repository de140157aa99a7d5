import { formatInteger } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { alertsSv } from './alerts.sv.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

export const alertsEn: Catalogue<typeof alertsSv> = {
  mail: {
    urgentSubject: (title: string) => `Closing soon: ${title}`,
    movedSubject: (title: string) => `New deadline: ${title}`,
    digestSubject: (count: number) => `${n(count, 'new opportunity', 'new opportunities')} for you`,
    greeting: 'Hello,',
    urgentLead: (enterprise: string) =>
      `An opportunity that fits ${enterprise} closes within seven days. We send it at once rather than wait for the digest.`,
    movedLead: (enterprise: string) =>
      `The deadline has changed for an opportunity that fits ${enterprise}. It now reads:`,
    digestLead: (enterprise: string) => `Here is what is new for ${enterprise} since the last digest.`,
    closingSoon: 'CLOSING WITHIN 7 DAYS',
    fresh: 'NEW',
    moved: 'NEW DEADLINE',
    why: 'Why',
    settings: (url: string) => `Change what you follow and how often: ${url}`,
    unsubscribe: (url: string) => `No more such messages? Unsubscribe with one click: ${url}`,
    footer: 'This message comes from ASF-plattformen. Alerts are free.',
  },
  section: {
    heading: 'Alerts',
    now: (how: string, what: string) => `Now: ${how.toLowerCase()}; ${what.toLowerCase()}.`,
    change: 'Change what you follow and how often',
  },
  settings: {
    title: 'Alerts',
    lead: 'We send e-mail when a procurement, direct procurement, planned purchase or dialogue fits you. What closes within seven days is sent at once, the rest in a digest.',
    link: 'Alerts: what you follow and how often',
    back: 'Back to My enterprise',
    frequency: 'How often',
    frequencies: {
      daily: 'A digest every morning',
      weekly: 'A digest every Monday',
      off: 'No messages',
    },
    follow: 'What you follow',
    follows: {
      profile: 'What you offer and where you deliver, as your profile says',
      chosen: 'What I choose here',
    },
    chosenHint: 'Fill in what you want to follow. Empty fields limit nothing.',
    cpv: 'CPV codes',
    cpvHint: 'Eight digits, several separated by commas. Narrower and the nearest wider codes count too.',
    categories: 'Services',
    places: 'Municipalities and counties',
    placesHint: 'For example Falun, Borlänge or Dalarnas län. Empty: where you deliver as your profile says.',
    words: 'Words in the title or description',
    wordsHint: 'One or more words; an opportunity counts if it has any of them.',
    kinds: 'Kinds',
    kindsHint: 'None chosen: all four.',
    save: 'Save the alerts',
    saved: 'The alerts are saved.',
    recipients: (count: number) =>
      count === 0
        ? 'No editor with a confirmed e-mail address exists for the enterprise, so nothing can be sent yet.'
        : `The messages go to ${n(count, 'editor', 'editors')} with a confirmed e-mail address.`,
  },
  errors: {
    cpv: (text: string) => `“${text}” is not a CPV code. A CPV code has eight digits, for example 90911200.`,
    place: (text: string) => `No municipality or county is called “${text}”.`,
    chosenEmpty: 'Choose at least one CPV code, service, place, word or kind to follow, or follow your profile.',
  },
  unsubscribe: {
    title: 'Stop the alerts',
    lead: (enterprise: string) => `Stop e-mail about opportunities for ${enterprise}?`,
    button: 'Stop the alerts',
    done: (enterprise: string) =>
      `Done. ${enterprise} gets no more messages about opportunities. Its editors can turn the alerts on again under My enterprise.`,
    unknown: 'The link is not valid. It may be incomplete; copy the whole link from the message.',
  },
};
