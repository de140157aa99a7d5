import { formatInteger } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { alertsSv } from './alerts.sv.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

export const alertsEn: Catalogue<typeof alertsSv> = {
  mail: {
    urgentSubject: (title: string) => `Closing soon: ${title}`,
    movedSubject: (title: string) => `New deadline: ${title}`,
    meetingSoonSubject: (title: string) => `Dialogue meeting soon: ${title}`,
    meetingMovedSubject: (title: string) => `New meeting time: ${title}`,
    digestSubject: (count: number) => `${n(count, 'new opportunity', 'new opportunities')} for you`,
    greeting: 'Hello,',
    urgentLead: (enterprise: string) =>
      `An opportunity that fits ${enterprise} closes within seven days. We send it at once rather than wait for the digest.`,
    movedLead: (enterprise: string) =>
      `The deadline has changed for an opportunity that fits ${enterprise}. It now reads:`,
    meetingSoonLead: (enterprise: string) =>
      `A market dialogue that fits ${enterprise} has its meeting within seven days. We send it at once rather than wait for the digest.`,
    meetingMovedLead: (enterprise: string) =>
      `The meeting of a market dialogue that fits ${enterprise} has a new time. It now reads:`,
    digestLead: (enterprise: string) => `Here is what is new for ${enterprise}.`,
    closingSoon: 'CLOSING WITHIN 7 DAYS',
    fresh: 'NEW',
    moved: 'NEW DEADLINE OR MEETING TIME',
    why: 'Why',
    settings: (url: string) => `Change what you follow and how often: ${url}`,
    unsubscribe: (url: string) => `No more such messages? Stop the alerts: ${url}`,
    footer: 'This message comes from ASF-plattformen. Alerts are free.',
  },
  section: {
    heading: 'Alerts',
    now: (how: string) => `How often: ${how}.`,
    follows: {
      profile: 'You follow what you offer and where you deliver, as your profile says.',
      chosen: 'You follow the codes, services, places, words and kinds you chose.',
    },
    change: 'Change what you follow and how often',
  },
  settings: {
    title: 'Alerts',
    lead: 'We send e-mail when a procurement, direct procurement, planned purchase or dialogue fits you. What closes within seven days is sent at once, the rest in a digest.',
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
      chosen: 'What you choose below',
    },
    chosenLegend: 'If you choose yourselves',
    chosenHint:
      'Applies only when you chose “What you choose below”. An opportunity must fit all you filled in: one of the codes or services, one of the places, any of the words and one of the kinds. An empty field limits nothing; without places, the places of your profile apply.',
    cpv: 'CPV codes',
    cpvHint: 'Eight digits, several separated by commas. Narrower and the nearest wider codes count too.',
    categories: 'Services',
    places: 'Municipalities and counties',
    placesHint: 'For example Falun, Borlänge or Dalarnas län.',
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
    choose: 'Choose one of the options.',
    chosenEmpty: 'Choose at least one CPV code, service, place, word or kind to follow, or follow your profile.',
  },
  unsubscribe: {
    title: 'Stop the alerts',
    lead: (enterprise: string) =>
      `Stop e-mail about opportunities for ${enterprise}? This applies to all the enterprise’s editors. For fewer messages only, choose a weekly digest under Alerts instead.`,
    button: 'Stop the alerts',
    done: (enterprise: string) => `Done. ${enterprise} gets no more messages about opportunities.`,
    again: 'Turn the alerts on again or choose how often (sign-in needed)',
    settings: 'Choose how often instead (sign-in needed)',
    unknown: 'The link is not valid. It may be incomplete; copy the whole link from the message.',
  },
};
