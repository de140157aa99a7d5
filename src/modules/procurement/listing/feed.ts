import {
  cpvName,
  mainCodes,
  opportunityPlaces,
  reservationName,
  reservationsOf,
  whenText,
} from '../opportunity/opportunity.format.js';
import type { Opportunity } from '../opportunity/opportunity.types.js';
import { opportunityText } from '../opportunity/opportunity.text.js';
import { listingText } from './listing.text.js';

const xml = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/**
 * An Atom feed (RFC 4287) of the list under any filter, newest first, so that a reader or an
 * e-mail service follows exactly the opportunities asked for. An entry's `updated` moves with
 * every change (a moved deadline brings it back to the reader).
 */
export function atomFeed(p: {
  items: readonly Opportunity[];
  base: string;
  selfPath: string;
  listPath: string;
}): string {
  const t = listingText.feed;
  const updated = p.items.reduce((max, o) => (o.updatedAt > max ? o.updatedAt : max), new Date(0));
  const entries = p.items.map((o) => {
    const link = `${p.base}/upphandlingar/${o.id}`;
    const summary = [
      `${opportunityText.kinds[o.kind]} · ${o.buyerName}`,
      whenText(o),
      opportunityPlaces(o).join(', '),
      mainCodes(o).map(cpvName).join('; '),
      reservationsOf(o).map(reservationName).join('; '),
      o.description,
    ]
      .filter(Boolean)
      .join('\n');
    return `  <entry>
    <id>${xml(link)}</id>
    <title>${xml(o.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <published>${(o.publishedAt ?? o.createdAt).toISOString()}</published>
    <updated>${o.updatedAt.toISOString()}</updated>
    <author><name>${xml(o.buyerName)}</name></author>
    <category term="${o.kind}" label="${xml(opportunityText.kinds[o.kind])}"/>
    <summary type="text">${xml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(p.base + p.selfPath)}</id>
  <title>${xml(t.title)}</title>
  <subtitle>${xml(t.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(p.base + p.selfPath)}"/>
  <link rel="alternate" type="text/html" href="${xml(p.base + p.listPath)}"/>
  <updated>${(p.items.length > 0 ? updated : new Date(0)).toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}
