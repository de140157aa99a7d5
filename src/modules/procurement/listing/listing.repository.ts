import { sql, type SelectQueryBuilder } from 'kysely';
import { municipalityByCode } from '../../../platform/reference/geo.js';
import type { ProcurementDB, ProcurementDb } from '../db.js';
import type { OpportunityRow } from '../opportunity/opportunity.repository.js';
import type { OpportunityQuery } from './listing.params.js';

type Query = SelectQueryBuilder<ProcurementDB, 'opportunity', object>;

/** `like` pattern characters taken as themselves. */
const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Published opportunities under the query's filters, each answered by an index: the arrays by
 * GIN (a code's ancestors are stored, so a group finds the codes under it by one key; a kommun
 * also finds lots for its whole län), the buyer by its name's start. An opportunity whose last
 * deadline has passed is left out: it cannot be answered any more, and its page remains.
 */
function filtered(db: ProcurementDb, q: OpportunityQuery, now: Date): Query {
  let s = db
    .selectFrom('opportunity')
    .where('status', '=', 'published')
    .where((eb) => eb.or([eb('open_until', 'is', null), eb('open_until', '>=', now)]));
  if (q.kind) s = s.where('kind', '=', q.kind);
  if (q.cpv) s = s.where(sql<boolean>`cpv_tree && ${[q.cpv]}::text[]`);
  if (q.county) s = s.where(sql<boolean>`county_codes && ${[q.county]}::text[]`);
  if (q.municipality) {
    const county = municipalityByCode(q.municipality)?.countyCode ?? '';
    s = s.where(
      sql<boolean>`(municipality_codes && ${[q.municipality]}::text[] or whole_county_codes && ${[county]}::text[])`,
    );
  }
  if (q.reserved) s = s.where(sql<boolean>`cardinality(reservation_kinds) > 0`);
  if (q.closesWithinDays !== null) {
    s = s.where('closes_at', '<', new Date(now.getTime() + q.closesWithinDays * 86_400_000));
  }
  if (q.buyer) {
    s = s.where(sql<boolean>`lower(buyer_name) like ${`${likeEscaped(q.buyer.toLowerCase())}%`}`);
  }
  if (q.country) s = s.where('country_code', '=', q.country);
  return s;
}

export async function selectPublishedPage(
  db: ProcurementDb,
  q: OpportunityQuery,
  now: Date,
): Promise<{ rows: OpportunityRow[]; total: number }> {
  let page = filtered(db, q, now).selectAll();
  page =
    q.sort === 'newest'
      ? page.orderBy('published_at', 'desc').orderBy('id', 'desc')
      : page.orderBy(sql`closes_at asc nulls last`).orderBy('id', 'desc');
  const [rows, count] = await Promise.all([
    page
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    filtered(db, q, now)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every opportunity readers may see (ended ones too), the latest changed first: the OCDS package. */
export async function selectPublicPage(
  db: ProcurementDb,
  page: { page: number; pageSize: number },
): Promise<{ rows: OpportunityRow[]; total: number }> {
  const statuses = ['published', 'closed', 'awarded', 'cancelled'];
  const [rows, count] = await Promise.all([
    db
      .selectFrom('opportunity')
      .selectAll()
      .where('status', 'in', statuses)
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    db
      .selectFrom('opportunity')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('status', 'in', statuses)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
