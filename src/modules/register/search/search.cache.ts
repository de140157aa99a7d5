import type { Kysely } from 'kysely';
import { readRegisterVersion } from './search.repository.js';
import { searchEnterprises } from './search.service.js';
import type { SearchCriteria, SearchResult } from './search.types.js';
import type { RegisterDB } from '../db.js';

export type Search = (criteria: SearchCriteria, today: string) => Promise<SearchResult>;

/**
 * The directory's searches repeat (the same service in the same county, page after page), and
 * counting every filter value over 30 000 enterprises costs tens of milliseconds. Results are
 * kept per process, keyed by the criteria, the date and the register's change counter: every write
 * to the register bumps the counter in the database, so no instance ever serves a stale result.
 * Least recently used entries go first.
 */
export function cachedSearch(db: Kysely<RegisterDB>, maxEntries = 500): Search {
  const cache = new Map<string, SearchResult>();
  let cachedVersion = -1;
  return async (criteria, today) => {
    const version = await readRegisterVersion(db);
    if (version !== cachedVersion) {
      cache.clear();
      cachedVersion = version;
    }
    const key = `${today}|${JSON.stringify(criteria)}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const result = await searchEnterprises(db, criteria, today);
    // A write while we searched would make this result stale under the new version: keep it
    // only if the version still is the one we started from.
    if ((await readRegisterVersion(db)) === version) {
      cache.set(key, result);
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    }
    return result;
  };
}
