import { formatDate, formatInteger, formatPercent } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { matchingSv } from './matching.sv.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

export const matchingEn: Catalogue<typeof matchingSv> = {
  reason: {
    cpvSame: (asked: string, you: boolean) => `CPV ${asked}: ${you ? 'you offer' : 'offers'} the same code`,
    cpvNarrower: (asked: string, offered: string, you: boolean) =>
      `CPV ${asked} ↔ ${you ? 'you offer' : 'offers'} ${offered} (part of it)`,
    cpvBroader: (asked: string, offered: string, you: boolean) =>
      `CPV ${asked} ↔ ${you ? 'you offer' : 'offers'} ${offered} (same group)`,
    additional: 'additional code',
    deliversIn: (place: string, you: boolean) => `${you ? 'you deliver' : 'delivers'} in ${place}`,
    reservedFor: (label: string) => `reserved: ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    anywhere: 'no place given',
    eligible: (law: string, date: string) => `meets ${law} on figures from ${formatDate(date)}`,
    notEligible: (law: string, share: number, date: string) =>
      `does not meet ${law}: ${formatPercent(share)} from the target group on figures from ${formatDate(date)}`,
    figuresOld: (law: string, date: string) =>
      `the figures for ${law} are from ${formatDate(date)}, over 12 months old`,
    figuresMissing: (law: string) => `no figures for ${law}`,
    buyerJudges: (law: string, you: boolean) =>
      you ? `the buyer judges the conditions of ${law}` : `you judge the conditions of ${law}`,
    certified: 'certified',
    fresh: (date: Date) => `profile confirmed ${formatDate(date)}`,
    stale: (date: Date) => `profile from ${formatDate(date)}, over a year old`,
  },
  score: (score: number) => `match ${formatInteger(score)} of 100`,
  overview: {
    heading: 'Enterprises that match',
    none: 'No published enterprise in the register matches the lot’s CPV codes and place yet.',
    count: (count: number) => `${n(count, 'enterprise matches', 'enterprises match')} the lot.`,
    all: (position: number, count: number) => `All matching lot ${position} (${formatInteger(count)})`,
    noCodes: 'Choose a CPV code to see which enterprises match.',
  },
  buyerPage: {
    title: (title: string) => `Enterprises that match: ${title}`,
    lead: 'Published enterprises in the register that can deliver what each lot is about, where it is to be performed, the best fit first, each with its reasons. Whether an enterprise meets the conditions of a reserved procurement is for you to judge; the figures are the enterprises’ own.',
    back: 'Back to the procurement',
    none: 'No enterprise matches this lot yet.',
  },
  enterprise: {
    heading: 'Opportunities for you',
    lead: 'Procurements, direct procurements, planned purchases and dialogues that fit what you offer and where you deliver, the best fit first.',
    none: 'No open opportunity fits what you offer and where you deliver just now. More services, CPV codes and places in your profile give more matches.',
    widen: 'Change what you do and where',
    interest: 'Show interest or find partners for a joint bid',
    notPublished: 'Once your enterprise is published in the register, the opportunities that fit you are shown here.',
    all: (count: number) => `All opportunities for you (${formatInteger(count)})`,
    title: 'Opportunities for you',
    back: 'Back to My enterprise',
    count: (count: number) => n(count, 'opportunity', 'opportunities'),
  },
};
