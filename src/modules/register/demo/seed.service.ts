import type { Kysely } from 'kysely';
import { generateDemoEnterprises } from './demo.generator.js';
import { countEnterprises, upsertEnterprisesBulk, type SaveMeta } from '../enterprise/enterprise.repository.js';
import { FACT_GROUPS, type EnterpriseFacts, type FactGroup, type FactSource } from '../enterprise/enterprise.types.js';
import { buildSearchColumns } from '../enterprise/search-columns.js';
import type { RegisterDB } from '../db.js';

export interface SeedOptions {
  isDemo: boolean;
  /** 'YYYY-MM-DD' the generated dates are relative to. */
  today: string;
  onProgress?: (done: number, total: number) => void;
  /** Index of the first generated enterprise; default: after those already in the database. */
  startIndex?: number;
  seed?: number;
}

/** Enterprises written per transaction: large enough to be fast, small enough to show progress. */
const BATCH = 500;

/**
 * Adds `count` fictional enterprises, published and marked as demo data. Numbering continues
 * after the enterprises already there, so seeding twice adds new ones rather than rewriting.
 * Returns how many were added (fewer than asked only if a generated org.nr already existed).
 */
export async function seedEnterprises(db: Kysely<RegisterDB>, count: number, options: SeedOptions): Promise<number> {
  const start = options.startIndex ?? (await countEnterprises(db));
  let done = 0;
  let added = 0;
  options.onProgress?.(0, count);
  while (done < count) {
    const n = Math.min(BATCH, count - done);
    const batch = generateDemoEnterprises(n, {
      startIndex: start + done,
      today: options.today,
      seed: options.seed ?? 1,
    });
    const items = batch.map((facts, i) => ({
      facts,
      meta: demoMeta(facts, start + done + i, options),
      search: buildSearchColumns(facts),
    }));
    // 'skip': a generated number that happens to exist already is left alone, never overwritten.
    const written = await db.transaction().execute((trx) => upsertEnterprisesBulk(trx, items, 'skip'));
    added += written.length;
    done += n;
    options.onProgress?.(done, count);
  }
  return added;
}

/** Seeds only an empty register (a first start); returns how many were added. */
export async function seedDemoIfEmpty(db: Kysely<RegisterDB>, count: number, today: string): Promise<number> {
  if (count <= 0 || (await countEnterprises(db)) > 0) return 0;
  return seedEnterprises(db, count, { isDemo: true, today, startIndex: 0 });
}

/** Verified some days to eleven months back, so the profile's "last verified" varies believably. */
function demoMeta(facts: EnterpriseFacts, index: number, options: SeedOptions): SaveMeta {
  const daysBack = (index * 37) % 330;
  const verifiedAt = new Date(`${options.today}T10:00:00Z`);
  verifiedAt.setUTCDate(verifiedAt.getUTCDate() - daysBack);
  const source: FactSource = { source: options.isDemo ? 'demo' : 'coordinator', at: verifiedAt.toISOString() };
  const sources: Partial<Record<FactGroup, FactSource>> = {};
  for (const group of FACT_GROUPS) sources[group] = source;
  // Employee figures are as old as their report date, not the verification.
  if (facts.employees) sources.employees = { ...source, at: `${facts.employees.reportedOn}T00:00:00.000Z` };
  return { status: 'published', isDemo: options.isDemo, sources, verifiedAt };
}
