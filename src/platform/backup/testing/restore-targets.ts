import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertEnterprise } from '../../../modules/register/testing/factories.js';
import type { useCli } from '../../../app/testing/cli.js';
import type { TestApp } from '../../../app/testing/test-app.js';
import { withAllTables } from '../../../app/testing/test-db.js';
import { openDatabase } from '../../db/database.js';
import { databaseFingerprint } from '../../testing/fingerprint.js';
import { createScratchDatabase, type ScratchDatabase } from '../../testing/scratch-postgres.js';

/** Where a restore test writes: a PGlite folder (DATA_DIR) or a PostgreSQL database (DATABASE_URL). */
export type Target = { dataDir: string } | { url: string };

/**
 * The tools of the restore tests, around `useCli`: files in its folder, `asf` run against a
 * target, the target opened and read back, scratch PostgreSQL databases (`dropScratch` after).
 */
export function restoreTools(cli: ReturnType<typeof useCli>) {
  const scratch: ScratchDatabase[] = [];

  const file = (name: string) => join(cli.ctx.dir, name);

  const use = (target: Target) => {
    if ('url' in target) process.env.DATABASE_URL = target.url;
    else {
      delete process.env.DATABASE_URL;
      process.env.DATA_DIR = target.dataDir;
    }
  };
  const run = (target: Target, args: string[]) => {
    use(target);
    return cli.run(args);
  };
  const open = (target: Target) =>
    ('url' in target ? openDatabase({ url: target.url }) : openDatabase({ dataDir: target.dataDir })).then(
      withAllTables,
    );
  const fingerprintOf = async (target: Target) => {
    const database = await open(target);
    try {
      return await databaseFingerprint(database);
    } finally {
      await database.close();
    }
  };
  const newPostgres = async () => {
    const db = await createScratchDatabase();
    scratch.push(db);
    return { url: db.url };
  };

  /** The plain backup with a statement that fails among its rows. */
  function failingFile(): string {
    const text = readFileSync(file('kalla.sql'), 'utf8');
    const middle = text.indexOf('INSERT INTO public.enterprise ');
    const path = file('fel-i-mitten.sql');
    writeFileSync(
      path,
      `${text.slice(0, middle)}INSERT INTO public.enterprise (id) VALUES ('inte ett tal');\n${text.slice(middle)}`,
    );
    return path;
  }

  async function tablesIn(target: Target): Promise<string[]> {
    if ('dataDir' in target && !existsSync(join(target.dataDir, 'PG_VERSION'))) return [];
    const database = await open(target);
    try {
      return (
        await database.session((s) =>
          s.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public'`),
        )
      ).map((r) => r.name);
    } finally {
      await database.close();
    }
  }

  async function addOneRow(target: Target, name: string): Promise<void> {
    const database = await open(target);
    try {
      await insertEnterprise(database.db, { name });
    } finally {
      await database.close();
    }
  }

  async function countNamed(target: Target, name: string): Promise<number> {
    const database = await open(target);
    try {
      const rows = await database.db.selectFrom('enterprise').select('id').where('name', '=', name).execute();
      return rows.length;
    } finally {
      await database.close();
    }
  }

  const dropScratch = async () => {
    for (const db of scratch) await db.drop();
  };

  return { file, run, open, fingerprintOf, newPostgres, dropScratch, failingFile, tablesIn, addOneRow, countNamed };
}

/** Totals of a few searches, each of which must find something. */
export async function searchTotals(t: TestApp): Promise<number[]> {
  const totals: number[] = [];
  for (const q of ['q=Kvarnens', 'q=st%C3%A4dning&county=01', 'q=stadnig', 'category=catering&sort=name']) {
    const res = await t.app.inject({ url: `/api/v1/enterprises?${q}` });
    assert.equal(res.statusCode, 200, res.body);
    totals.push(res.json<{ total: number }>().total);
  }
  assert.ok(
    totals.every((n) => n > 0),
    `every search finds something: ${totals.join(', ')}`,
  );
  return totals;
}
