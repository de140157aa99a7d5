import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sql, type Migration } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../db/database.js';
import { migrateToLatest } from '../db/migrations.js';

/**
 * Databases for tests: always the embedded PGlite (in memory), and also the PostgreSQL server
 * when TEST_DATABASE_URL is set. Each PostgreSQL database is a fresh schema, dropped on close,
 * so test files can run side by side on one server.
 */
export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * `via` reaches the same PostgreSQL server another way (a proxy a test can cut). Connections are
 * named after the schema (application_name), so a test can find and kill exactly its own.
 */
export async function openTestDatabase(
  kind: DatabaseKind,
  options: { via?: string; migrations: Readonly<Record<string, Migration>> },
): Promise<Database> {
  const { migrations } = options;
  if (kind === 'pglite') {
    const database = await openDatabase({ template: await pgliteTemplate() });
    await migrateToLatest(database.db, migrations);
    return database;
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await ensureExtensions(url);
  const database = await openDatabase({ url: options.via ?? url, schema, poolSize: 4, applicationName: schema });
  await whileNoSchemaIsDropped(url, () => migrateToLatest(database.db, migrations, schema));
  return {
    ...database,
    async close() {
      await whileNoSchemaIsDropped(url, () =>
        sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db),
      );
      await database.close();
    },
  };
}

/**
 * Kysely's migrator looks at every schema in the database (has_schema_privilege on each), which
 * fails when another test file drops its schema at that moment ("schema test_… does not
 * exist"). Migrations and drops take turns under one advisory lock, held on a connection of its
 * own, across all test processes.
 */
const SCHEMA_LOCK = 7_207_001;

async function whileNoSchemaIsDropped<T>(url: string, run: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
    return await run();
  } finally {
    await client.end();
  }
}

/** Extensions are per database, not per schema; create them once, tolerating a parallel test doing the same. */
async function ensureExtensions(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('create extension if not exists pg_trgm schema public');
  } catch (e) {
    if (!/already exists|duplicate key/.test(String(e))) throw e;
  } finally {
    await client.end();
  }
}

/**
 * `npm test` makes one migrated PGlite dump (PGLITE_TEMPLATE) before the test files start;
 * each file then loads it in about half a second instead of running initdb for three.
 */
async function pgliteTemplate(): Promise<Blob | undefined> {
  const path = process.env.PGLITE_TEMPLATE;
  if (!path || !existsSync(path)) return undefined;
  return new Blob([readFileSync(path)]);
}

export async function writePgliteTemplate(
  path: string,
  migrations: Readonly<Record<string, Migration>>,
): Promise<void> {
  const database = await openDatabase({});
  await migrateToLatest(database.db, migrations);
  const dump = await database.pglite!.dumpDataDir('none');
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}
