import type { Kysely } from 'kysely';
import { parseTsquery, type ParsedQuery } from './fulltext.js';
import { ReadModel } from './read-model.js';
import { normaliseTsquery, selectChangedRows, selectPublicRows, type RegisterStamp } from './read-model.repository.js';
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
export function readModelSearch(db: Kysely<RegisterDB>): StampedSearch {
  let model: ReadModel | null = null;
  let held: RegisterStamp | null = null;
  let catching: Promise<void> | null = null;
  const queries = new Map<string, ParsedQuery>();
  let words = new Map<string, WordMatch>();
  let wordsVersion = -1;

  const isFresh = (stamp: RegisterStamp) =>
    held !== null && held.table === stamp.table && held.version >= stamp.version && held.deleted >= stamp.deleted;

  async function catchUp(stamp: RegisterStamp): Promise<void> {
    const anew =
      !model ||
      !held ||
      held.table !== stamp.table ||
      held.deleted !== stamp.deleted ||
      held.version > stamp.version ||
      model.worn;
    if (anew) {
      // A batch at a time: the rows' text is a large part of what a read of 30 000 at once holds.
      const fresh = new ReadModel();
      for (let afterId = 0; ;) {
        const rows = await selectPublicRows(db, afterId, LOAD_BATCH);
        fresh.apply(rows);
        if (rows.length < LOAD_BATCH) break;
        afterId = rows.at(-1)!.id;
      }
      model = fresh;
    } else {
      model!.apply(await selectChangedRows(db, held!.version));
    }
    // Rows written after the stamp may have been read too; they are read again next time, harmlessly.
    held = stamp;
  }

  async function freshModel(stamp: RegisterStamp): Promise<ReadModel> {
    while (!isFresh(stamp)) {
      if (!catching) catching = catchUp(stamp).finally(() => (catching = null));
      await catching;
    }
    return model!;
  }

  const lookup = async (version: number, tokens: string[]): Promise<WordMatch[]> => {
    if (version !== wordsVersion) {
      words = new Map();
      wordsVersion = version;
    }
    const missing = tokens.filter((t) => !words.has(t));
    if (missing.length > 0) for (const m of await nearestWords(db, missing)) words.set(m.token, m);
    return tokens.map((t) => words.get(t)!);
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
