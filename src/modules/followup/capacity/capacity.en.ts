import { formatInteger } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { capacitySv } from './capacity.sv.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

export const capacityEn: Catalogue<typeof capacitySv> = {
  footer: 'Free work-training places',
  board: {
    title: 'Free work-training places',
    lead: 'Places free now at work-integrating social enterprises with a work-training agreement. The enterprises update the numbers themselves.',
    uncertainExplained: (days: number) =>
      `“Uncertain” means the enterprise has not confirmed the number for more than ${days} days, or has stated more free places than its agreements hold today. Ask the enterprise before counting on the place.`,
    results: 'Free places now',
    filters: 'Filter',
    municipality: 'Municipality',
    anyMunicipality: 'All municipalities',
    targetGroup: 'Target group',
    anyTargetGroup: 'All target groups',
    adaptation: 'Adaptation',
    anyAdaptation: 'All adaptations',
    apply: 'Show places',
    clear: 'Clear the filters',
    count: (count: number) => `${n(count, 'enterprise has', 'enterprises have')} free places`,
    none: 'No free places match the filters right now.',
    free: (free: number, places: number) => `${n(free, 'free place', 'free places')} of ${formatInteger(places)}`,
    confirmed: (date: string) => `Confirmed ${date}`,
    uncertain: 'Uncertain',
    uncertainReason: {
      not_confirmed: (days: number) => `The number has not been confirmed for more than ${days} days.`,
      more_than_places: (stated: number, places: number) =>
        `The enterprise stated ${n(stated, 'free place', 'free places')}, but its agreements in force today hold ${n(places, 'place', 'places')}.`,
    },
    municipalities: 'Municipality',
    targetGroups: 'Target groups',
    adaptations: 'Adaptations',
    profile: "The enterprise's profile",
    badParameter: 'A filter has a value that does not exist. Choose from the lists.',
    api: 'The same data as open data',
  },
  section: {
    heading: 'Free work-training places',
    lead: (places: number) =>
      `You have ${n(places, 'work-training place', 'work-training places')} under agreements in force today. How many are free now?`,
    notInForce: 'None of your work-training agreements is in force today.',
    now: (free: number, date: string) => `You said: ${n(free, 'free place', 'free places')}, confirmed ${date}.`,
    never: 'You have not stated your free places yet. They show on the capacity board once you have.',
    uncertain: (days: number) => `Shown as uncertain on the capacity board: not confirmed for more than ${days} days.`,
    tooMany: (places: number) =>
      `Shown as uncertain on the capacity board: that is more than the ${formatInteger(places)} places under your agreements in force today. Write how many are free now.`,
    same: 'Still correct',
    orChange: 'Has the number changed? Write the new one:',
    free: 'Free places now',
    save: 'Save the number',
    saved: (free: number) => `Saved: ${n(free, 'free place', 'free places')}. Thank you!`,
    agreements: 'Your agreements',
    agreement: (organisation: string, dnr: string, starts: string, ends: string, places: number) =>
      `${organisation}, diary no. ${dnr}, ${starts}–${ends}, ${n(places, 'place', 'places')}`,
    back: 'Back to My enterprise',
    title: 'Free work-training places',
  },
  link: {
    title: 'Update free work-training places',
    lead: (name: string) => `For ${name}. No sign-in needed: the link in the e-mail is the key.`,
    invalid:
      'The link is invalid or has expired. Sign in and update under My enterprise, or wait for the next reminder.',
    signIn: 'Sign in',
    unpublished:
      'The enterprise is no longer published in the register, so its free places are not shown on the capacity board and cannot be updated through the link. Contact whoever administers the register if this is wrong.',
  },
  errors: {
    free: 'Write the number of free places as a whole number, 0 or more.',
    no_agreement: 'You have no work-training agreement in force today, so there are no places to update.',
    too_many: (places: number) =>
      `You can have at most ${formatInteger(places)} free places: that is how many your agreements in force today hold.`,
    nothing_to_confirm: 'There is no number to confirm yet. Write how many places are free.',
  },
  mail: {
    subject: 'Are your free work-training places right?',
    greeting: 'Hello,',
    lead: (name: string, places: number) =>
      `${name} has ${n(places, 'work-training place', 'work-training places')} under agreements in force today.`,
    now: (free: number, date: string) => `Last time you said ${n(free, 'free place', 'free places')} (${date}).`,
    never: 'You have not stated how many are free.',
    why: (days: number) =>
      `Coordinators look for places on the capacity board. A number not confirmed for ${days} days shows as uncertain.`,
    link: (url: string) => `Confirm or change it in two clicks, without signing in: ${url}`,
    footer: 'This message comes from ASF-plattformen.',
  },
};
