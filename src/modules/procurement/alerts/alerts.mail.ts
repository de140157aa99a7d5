import { reasonsOf } from '../matching/match.explain.js';
import type { LotMatch } from '../matching/match.score.js';
import { whenText } from '../opportunity/opportunity.format.js';
import { opportunityText } from '../opportunity/opportunity.text.js';
import type { Opportunity } from '../opportunity/opportunity.types.js';
import type { MailLinks } from './alerts.links.js';
import { alertsText } from './alerts.text.js';

/** An opportunity told in a message, with the match that makes it fit (null when it no longer does). */
export interface Told {
  opportunity: Opportunity;
  match: LotMatch | null;
  moved: boolean;
}

/** One opportunity as plain text: title, what and whose and when, why it fits, its address. */
function item(t: Told, links: MailLinks, today: string): string {
  const o = t.opportunity;
  const lines = [
    `- ${o.title}`,
    `  ${[opportunityText.kinds[o.kind], o.buyerName, whenText(o)].filter(Boolean).join(' · ')}`,
  ];
  if (t.match) lines.push(`  ${alertsText.mail.why}: ${reasonsOf(t.match, today, true).join('; ')}`);
  lines.push(`  ${links.base}/upphandlingar/${o.id}`);
  return lines.join('\n');
}

function footer(links: MailLinks): string[] {
  const m = alertsText.mail;
  return ['', m.settings(links.settings), m.unsubscribe(links.unsubscribe), '', m.footer];
}

/** The message sent at once: a match closing within seven days, or a moved deadline. */
export function immediateMail(enterprise: string, told: Told, links: MailLinks, today: string) {
  const m = alertsText.mail;
  const o = told.opportunity;
  // A dialogue has a meeting, not a deadline: say which moved or is near.
  const meeting = o.kind === 'dialogue';
  const subject = told.moved
    ? (meeting ? m.meetingMovedSubject : m.movedSubject)(o.title)
    : (meeting ? m.meetingSoonSubject : m.urgentSubject)(o.title);
  const lead = told.moved
    ? (meeting ? m.meetingMovedLead : m.movedLead)(enterprise)
    : (meeting ? m.meetingSoonLead : m.urgentLead)(enterprise);
  return {
    subject,
    text: [m.greeting, '', lead, '', item(told, links, today), ...footer(links)].join('\n'),
  };
}

/** The digest: what closes within seven days first, then the new, then the moved. */
export function digestMail(
  enterprise: string,
  sections: { closingSoon: Told[]; fresh: Told[]; moved: Told[] },
  links: MailLinks,
  today: string,
) {
  const m = alertsText.mail;
  const part = (heading: string, items: Told[]) =>
    items.length === 0 ? [] : ['', heading, '', ...items.map((i) => item(i, links, today))];
  return {
    subject: m.digestSubject(sections.fresh.length + sections.moved.length),
    text: [
      m.greeting,
      '',
      m.digestLead(enterprise),
      ...part(m.closingSoon, sections.closingSoon),
      ...part(m.fresh, sections.fresh),
      ...part(m.moved, sections.moved),
      ...footer(links),
    ].join('\n'),
  };
}
