import { formatInteger, formatPercent } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { ContactMail, interestSv } from './interest.sv.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

export const interestEn: Catalogue<typeof interestSv> = {
  title: (title: string) => `Interest: ${title}`,
  lead: 'Show the buyer that you are interested in a lot, and whether you would consider a joint bid with other enterprises.',
  back: 'Back to the opportunities',
  show: 'Show interest in the procurement',
  notPublished: 'Once your enterprise is published in the register you can show interest here.',
  closedTitle: 'No such opportunity',
  closed:
    'This opportunity does not exist, or can no longer be answered. See Opportunities for you under My enterprise.',
  yours: 'You have shown interest.',
  message: 'Short message to the buyer (optional)',
  messageHint: 'For example what you can deliver and how many you can employ. At most 500 characters.',
  showBuyer: 'The buyer may see our name and message',
  showBuyerHint: 'Otherwise the buyer sees only how many are interested.',
  jointBid: 'We are open to a joint bid',
  jointBidHint: 'Others interested who are open to one too then see your enterprise and can write to you here.',
  save: 'Show interest',
  update: 'Save the changes',
  withdraw: 'Withdraw the interest',
  notices: {
    saved: 'Your interest is saved.',
    withdrawn: 'The interest is withdrawn.',
    sent: 'The message is sent.',
    answered: 'Your answer about the meeting is saved.',
  },
  partners: 'Others open to a joint bid',
  noPartners: 'No others have said yet that they are open to a joint bid on this lot.',
  contact: (name: string) => `Write to ${name}`,
  contactHint:
    'The message goes by e-mail to the enterprise’s editors, with your e-mail address so that they can answer.',
  send: 'Send',
  joint: {
    heading: 'If you join forces',
    caption: 'What you cover together',
    columns: { name: 'Enterprise', codes: 'CPV codes', places: 'Places', employees: 'Employees (in the target group)' },
    together: 'Together',
    none: '–',
    employees: (total: number, target: number) => `${formatInteger(total)} (${formatInteger(target)})`,
    noFigures: 'no figures, or older than 12 months',
    codes: (covered: number, asked: number) => `${formatInteger(covered)} of ${formatInteger(asked)} codes`,
    places: (covered: number, asked: number) => `${formatInteger(covered)} of ${formatInteger(asked)} places`,
    share: (share: number, members: number) =>
      `Together ${formatPercent(share)} from the target group, on figures at most 12 months old from ${n(members, 'enterprise', 'enterprises')}.`,
    noShare: 'None of the enterprises has figures on employees from the last 12 months.',
    buyersCall:
      'Whether a group of suppliers meets the conditions of 4 kap. 18 § LOU together is for the contracting authority to judge. The figure is the enterprises’ own.',
  },
  meeting: {
    heading: 'The meeting',
    when: (when: string) => `Dialogue meeting ${when}.`,
    persons: 'How many of you will come?',
    personsHint: '0 if nobody comes.',
    save: 'Answer',
    answered: (persons: number) => `You have signed up ${n(persons, 'person', 'persons')}.`,
    calendar: 'Add the meeting to your calendar (iCal)',
  },
  errors: {
    persons: 'Write a number between 0 and 20.',
    contact: 'Write a message of at most 2,000 characters.',
    notPartner: 'That enterprise is no longer open to a joint bid on the lot.',
  },
  buyer: {
    heading: 'Interest',
    none: 'No enterprise has shown interest yet.',
    count: (total: number, joint: number) =>
      `${n(total, 'enterprise has', 'enterprises have')} shown interest, ${formatInteger(joint)} of them open to a joint bid.`,
    hidden: (count: number) => `${n(count, 'enterprise does', 'enterprises do')} not want to show its name.`,
    jointBadge: 'open to a joint bid',
    meeting: (enterprises: number, persons: number) =>
      `Signed up for the meeting: ${n(enterprises, 'enterprise', 'enterprises')}, ${n(persons, 'person', 'persons')}.`,
  },
  mail: {
    contact: (m: ContactMail) => ({
      subject: `${m.sender} would like to discuss a joint bid`,
      text: [
        'Hello,',
        '',
        `${m.sender} (${m.senderOrgnr}) has also shown interest in lot ${m.position} of “${m.title}” and is open to a joint bid, as you are.`,
        '',
        'Message:',
        m.message,
        '',
        `Answer to: ${m.replyTo}`,
        `The procurement: ${m.opportunityUrl}`,
        '',
        `You get this because you said you are open to a joint bid. Change that here: ${m.interestUrl}`,
      ].join('\n'),
    }),
  },
};
