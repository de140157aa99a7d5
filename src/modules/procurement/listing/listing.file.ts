import type { ExportTable } from '../../../platform/http/table-export.js';
import {
  allCodes,
  opportunityPlaces,
  reservationName,
  reservationsOf,
  whenText,
} from '../opportunity/opportunity.format.js';
import type { Opportunity } from '../opportunity/opportunity.types.js';
import { opportunityText } from '../opportunity/opportunity.text.js';
import { listingText } from './listing.text.js';

/** The list as a table for CSV and Excel: one row per opportunity, its lots summed up. */
export function opportunityTable(items: readonly Opportunity[], base: string): ExportTable {
  const c = listingText.file.columns;
  const columns = [c.id, c.kind, c.title, c.buyer, c.when, c.places, c.cpv, c.reservations, c.value, c.lots, c.link];
  const rows = items.map((o) => {
    const values = o.lots.map((l) => l.estimatedValue);
    const known = values.every((v) => v !== null) && values.length > 0 && o.lots.every((l) => l.currency === 'SEK');
    return [
      o.id,
      opportunityText.kinds[o.kind],
      o.title,
      o.buyerName,
      whenText(o),
      opportunityPlaces(o).join(', '),
      allCodes(o).join(', '),
      reservationsOf(o).map(reservationName).join('; '),
      known ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null,
      o.lots.length,
      `${base}/upphandlingar/${o.id}`,
    ];
  });
  return { headers: columns, rows };
}
