import type { CurrentUser } from '../../../platform/auth/roles.js';
import { isoDate } from '../../../platform/calendar.js';
import { baseUrl } from '../../../platform/config/config.js';
import { inSwedish } from '../../../platform/i18n/language.js';
import { queueMail } from '../../../platform/mail/mail.service.js';
import type { RegisterContext } from '../db.js';
import { activeFilters } from '../directory/active-filters.views.js';
import { PAGE_PARAMS, PAGE_SORTS, readSearchParams, toQueryString } from '../search/search.params.js';
import { matchingEnterprises } from '../search/search.service.js';
import { DEFAULT_CRITERIA, type SearchCriteria } from '../search/search.types.js';
import { deleteWatch, insertWatch, selectLiveWatches, selectWatchesOf, updateKnown } from './watch.repository.js';
import { watchText } from './watch.text.js';
import { WATCHES_PATH } from '../register.paths.js';

/** Who may follow a directory search: those who buy and those who coordinate. */
export const WATCHING_ROLES: readonly CurrentUser['role'][] = ['buyer', 'coordinator', 'admin'];

/** A search as the directory reads it from an address's query ('q=städning&lan=20'); null when it is not one. */
function criteriaOf(query: string): SearchCriteria | null {
  const { criteria, errors } = readSearchParams(
    Object.fromEntries(new URLSearchParams(query)),
    PAGE_PARAMS,
    PAGE_SORTS,
  );
  return errors.length > 0 ? null : criteria;
}

/** The query that names a search, without its page, page size or sort: the same search, one watch. */
function canonical(c: SearchCriteria): string {
  const q = toQueryString(
    { ...c, page: 1, pageSize: DEFAULT_CRITERIA.pageSize, sort: DEFAULT_CRITERIA.sort },
    PAGE_PARAMS,
    PAGE_SORTS,
  );
  return q.replace(/^\?/, '');
}

/** How many matches a watch keeps track of: a search wider than this is better narrowed. */
const MAX_KNOWN = 2000;

/** The enterprises a search finds now (org.nr and name), by name, up to MAX_KNOWN. */
const matches = (ctx: RegisterContext, c: SearchCriteria) =>
  matchingEnterprises(ctx.db, c, isoDate(ctx.now()), MAX_KNOWN);

/** Follows the search of `query` (the directory's address); false when it is not a search. */
export async function watchSearch(ctx: RegisterContext, user: CurrentUser, query: string): Promise<string | null> {
  const c = criteriaOf(query);
  if (!c) return null;
  const known = (await matches(ctx, c)).map((m) => m.orgnr);
  const key = canonical(c);
  await insertWatch(ctx.db, { userId: user.id, query: key, known, at: ctx.now() });
  return key;
}

export interface Watch {
  id: number;
  query: string;
  /** The search in words, as the directory shows its filters ("Sökord ”städning”, Dalarnas län"). */
  label: string;
  createdAt: Date;
}

export async function watchesOf(ctx: RegisterContext, user: CurrentUser): Promise<Watch[]> {
  const rows = await selectWatchesOf(ctx.db, user.id);
  return rows.map((r) => ({ id: r.id, query: r.query, label: labelOf(r.query), createdAt: r.created_at }));
}

function labelOf(query: string): string {
  const c = criteriaOf(query);
  const parts = c ? activeFilters(c).map((f) => (f.prefix ? `${f.prefix} ${f.label}` : f.label)) : [];
  return parts.length > 0 ? parts.join(', ') : watchText.everything;
}

export async function removeWatch(ctx: RegisterContext, user: CurrentUser, id: number): Promise<void> {
  await deleteWatch(ctx.db, user.id, id);
}

/**
 * Each morning, for every watch: the enterprises that match its search now and did not last
 * time are mailed to its owner, once (the known list moves on in the transaction that queues the
 * mail, and only if no other run moved it first). Returns how many mails were queued.
 */
export async function sendWatchNews(ctx: RegisterContext): Promise<number> {
  const base = baseUrl(ctx.config);
  let sent = 0;
  for (const w of await selectLiveWatches(ctx.db)) {
    const c = criteriaOf(w.query);
    if (!c) continue;
    const now = await matches(ctx, c);
    const known = new Set(w.known);
    const fresh = now.filter((m) => !known.has(m.orgnr));
    const next = now.map((m) => m.orgnr);
    if (fresh.length === 0 && next.length === w.known.length) continue;
    const at = ctx.now();
    const mailed = await ctx.db.transaction().execute(async (trx) => {
      if (!(await updateKnown(trx, { id: w.id, before: w.known, known: next, at }))) return false;
      if (fresh.length === 0) return false;
      const mail = inSwedish(() =>
        watchText.mail({
          label: labelOf(w.query),
          enterprises: fresh.map((f) => ({ name: f.name, url: `${base}/foretag/${f.orgnr}` })),
          searchUrl: `${base}/foretag?${w.query}`,
          manageUrl: `${base}${WATCHES_PATH}`,
        }),
      );
      await queueMail(trx, at, { to: w.email, ...mail });
      return true;
    });
    if (mailed) sent++;
  }
  return sent;
}
