import type { Kysely } from 'kysely';
import { parseTsquery, type ParsedQuery } from './fulltext.js';
import { ReadModel } from './read-model.js';
import {
  normaliseTsquery,
  readRegisterStamp,
  selectChangedRows,
  selectPublicRows,
  type RegisterStamp,
} from './read-model.repository.js';
import { countModel, perCountyModel, searchModel } from './read-model.search.js';
import { nearestWords, type WordMatch } from './search.repository.js';
import { orgnrInQuery, searchEnterprises, toFacets, toSummary, understandQuery } from './search.service.js';
import { explainMatch } from './search.explain.js';
import { suggestCategories, type FilterCounts } from './search.suggest.js';
import type { SearchCriteria, SearchResult } from './search.types.js';
import type { RegisterDB } from '../db.js';

/** A directory search at the register's stamp (read once per request by the caller). */
export type StampedSearch = (criteria: SearchCriteria, today: string, stamp: RegisterStamp) => Promise<SearchResult>;

const MAX_QUERIES_KEPT = 2000;
const LOAD_BATCH = 2000;

/**
 * The directory's searches from the in-process read model (read-model.ts), kept as fresh as the
 * database: every search reads the register's stamp first (one row), and a process that holds an
 * older version reads the rows written since before it answers — so several web processes over one
 * PostgreSQL never serve a stale result. The database is still asked what only it knows: how the
 * Swedish stemmer reads a query (kept per query text, it never changes) and which words a typo is
 * nearest to (kept per register version).
 */
export function readModelSearch(db: Kysely<RegisterDB>, options: { onFallback?: () => void } = {}): StampedSearch {
  let model: ReadModel | null = null;
  let held: (RegisterStamp & { xmin: string }) | null = null;
  let catching: Promise<void> | null = null;
  const queries = new Map<string, ParsedQuery>();
  let words: { version: number; map: Map<string, WordMatch> } = { version: -1, map: new Map() };

  // Exactly the request's stamp. A model newer than the stamp would do, but the counters can also go
  // back (a failover, a restored copy), which looks the same from here: the catch-up tells them apart.
  const isFresh = (stamp: RegisterStamp) =>
    held !== null &&
    held.table === stamp.table &&
    held.version === stamp.version &&
    held.deleted === stamp.deleted &&
    held.lastXid === stamp.lastXid;

  /**
   * Reads the stamp (the version and the oldest transaction running, in one statement) and then the
   * rows: from scratch the first time, after a delete, in a new table, when the counters or the
   * transaction ids went back,
   * or when a fifth of its slots are dead; else the rows whose writer is that old or newer. Whatever
   * is written while the rows are read has a writer at least as new as the stamp's, so the next
   * catch-up reads it again; the stamp is all the model claims to hold. No transaction: on PGlite one
   * would hold the only connection for the whole build.
   */
  async function catchUp(): Promise<void> {
    const now = await readRegisterStamp(db);
    const anew =
      !model ||
      !held ||
      held.table !== now.table ||
      held.deleted !== now.deleted ||
      now.version < held.version ||
      BigInt(now.xmin) < BigInt(held.xmin) ||
      model.worn;
    // A batch at a time, letting other requests in between: the rows' text is a large part of what a
    // read of 30 000 at once holds (a first build, or the catch-up after an import), and a listening
    // server builds while it answers.
    const target = anew ? new ReadModel() : model!;
    const since = anew ? null : held!.xmin;
    for (let afterId = 0; ;) {
      const rows =
        since === null
          ? await selectPublicRows(db, afterId, LOAD_BATCH)
          : await selectChangedRows(db, since, afterId, LOAD_BATCH);
      target.apply(rows);
      if (rows.length < LOAD_BATCH) break;
      afterId = rows.at(-1)!.id;
      await new Promise((resolve) => setImmediate(resolve));
    }
    model = target;
    held = now;
  }

  /**
   * The model as of the request's stamp or later. Not fresh: a catch-up begun after the stamp was read
   * (one already under way may have taken its snapshot before, so it is waited out first).
   */
  async function freshModel(stamp: RegisterStamp): Promise<ReadModel> {
    if (isFresh(stamp)) return model!;
    if (catching) await catching.catch(() => undefined);
    if (isFresh(stamp)) return model!;
    catching ??= catchUp().finally(() => (catching = null));
    await catching;
    return model!;
  }

  // Which words a typo is nearest to, per register version (the vocabulary changes with the register).
  // Each request keeps the map it started with: a newer version's map is never filled from an older read.
  const lookup = async (version: number, tokens: string[]): Promise<WordMatch[]> => {
    if (words.version !== version) words = { version, map: new Map() };
    const mine = words;
    const missing = tokens.filter((t) => !mine.map.has(t));
    if (missing.length > 0) for (const m of await nearestWords(db, missing)) mine.map.set(m.token, m);
    return tokens.map((t) => mine.map.get(t)!);
  };

  const parsed = async (tsquery: string): Promise<ParsedQuery> => {
    let q = queries.get(tsquery);
    if (!q) {
      q = parseTsquery(await normaliseTsquery(db, tsquery));
      if (queries.size >= MAX_QUERIES_KEPT) queries.clear();
      queries.set(tsquery, q);
    }
    return q;
  };

  return async (criteria, today, stamp) => {
    const orgnr = orgnrInQuery(criteria.q);
    const understood = orgnr
      ? { tsquery: null, corrections: [], words: [] }
      : await understandQuery((tokens) => lookup(stamp.version, tokens), criteria.q);
    let text: ParsedQuery | null;
    try {
      text = understood.tsquery ? await parsed(understood.tsquery) : null;
    } catch {
      // A query form the read model does not know: the database answers it.
      options.onFallback?.();
      return searchEnterprises(db, criteria, today);
    }
    const m = await freshModel(stamp);
    const page = searchModel(m, { criteria, text, orgnr, today });
    const suggestions = await suggestCategories(modelCounts(m, today), criteria, understood.words);
    return {
      items: page.rows.map((r) => {
        const summary = toSummary(r);
        summary.matched = orgnr
          ? [{ kind: 'orgnr' }]
          : explainMatch({ ...summary, cpvCodes: r.cpv_codes }, understood.words);
        return summary;
      }),
      total: page.total,
      page: criteria.page,
      pageSize: criteria.pageSize,
      facets: toFacets(page.facets),
      corrections: understood.corrections,
      suggestions,
    };
  };
}

function modelCounts(model: ReadModel, today: string): FilterCounts {
  return {
    count: async (criteria) => countModel(model, criteria, today),
    inCounties: async (criteria, counties) => countModel(model, criteria, today, counties),
    perCounty: async (criteria, counties) => {
      const { perCounty } = perCountyModel(model, criteria, today, counties);
      return [...perCounty]
        .map(([county, n]) => ({ county, n }))
        .sort((a, b) => (a.county < b.county ? -1 : a.county > b.county ? 1 : 0));
    },
  };
}
