import type { Kysely } from 'kysely';
import { readRegisterStamp } from './read-model.repository.js';
import { readModelSearch, type StampedSearch } from './read-model.service.js';
import type { SearchCriteria, SearchResult } from './search.types.js';
import type { RegisterDB } from '../db.js';

export type Search = (criteria: SearchCriteria, today: string) => Promise<SearchResult>;

/**
 * The directory's search as the pages and the API call it: the read model (read-model.service.ts)
 * answers, and the answers are kept per process, keyed by the criteria and the date, for as long as
 * the register's version stays the same. Every write bumps the version in the database, and every
 * search reads it first, so no instance ever serves a stale result. Searches repeat (the same service
 * in the same county, page after page); a kept answer costs the one-row read of the version, where
 * a new one costs a few milliseconds in the read model. Least recently used entries go first.
 */
export function cachedSearch(
  db: Kysely<RegisterDB>,
  engine: StampedSearch = readModelSearch(db),
  maxEntries = 500,
): Search {
  const cache = new Map<string, SearchResult>();
  let cachedStamp = '';
  return async (criteria, today) => {
    const stamp = await readRegisterStamp(db);
    const stampKey = `${stamp.version}/${stamp.deleted}/${stamp.table}/${stamp.lastXid}`;
    if (stampKey !== cachedStamp) {
      cache.clear();
      cachedStamp = stampKey;
    }
    const key = `${today}|${JSON.stringify(criteria)}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    // The engine answers from a model at least as new as the stamp, so the answer is never older than its key.
    const result = await engine(criteria, today, stamp);
    if (stampKey === cachedStamp) {
      cache.set(key, result);
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    }
    return result;
  };
}
