import type { Kysely } from 'kysely';
import { isoDate } from '../../../platform/calendar.js';
import { seedDemoIfEmpty } from './seed.service.js';
import type { RegisterDB } from '../db.js';

/** Fills an empty database with fictional enterprises so that a first start has something to show. */
export async function loadDemoData(db: Kysely<RegisterDB>, count: number): Promise<number> {
  const added = await seedDemoIfEmpty(db, count, isoDate(new Date()));
  if (added > 0) process.stdout.write(`La in ${added} påhittade demoföretag (DEMO=false stänger av det).\n`);
  return added;
}
