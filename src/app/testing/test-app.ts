import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../platform/app.js';
import { compose, type Composition } from '../../platform/composition.js';
import { loadConfig } from '../../platform/config/config.js';
import type { AppContext } from '../../platform/context.js';
import type { Database, DatabaseKind } from '../../platform/db/database.js';
import type { AppModule } from '../../platform/module.js';
import { APP, MODULES } from '../modules.js';
import type { AppDB } from '../tables.js';
import { openTestDatabase, withAllTables, type AppDatabase } from './test-db.js';

export interface TestApp {
  app: FastifyInstance;
  /** The app's context, its database typed with every module's tables. */
  ctx: AppContext<AppDB>;
  database: AppDatabase;
  /** Moves the app's clock (tests of dates and expiry). */
  setNow(d: Date): void;
  close(): Promise<void>;
}

/**
 * The whole app (platform and every module of src/app/modules.ts, plus `extraModules`) in-process
 * on a fresh, migrated test database (or on `options.database`, a migrated database the test
 * opened itself, which the app then closes); requests go through app.inject.
 */
export async function openTestApp(
  kind: DatabaseKind,
  now = new Date('2026-11-24T10:00:00Z'),
  env: Record<string, string> = {},
  options: { database?: Database; extraModules?: readonly AppModule[]; logStream?: NodeJS.WritableStream } = {},
): Promise<TestApp> {
  const composition: Composition = options.extraModules ? compose([...MODULES, ...options.extraModules]) : APP;
  const database = options.database ? withAllTables(options.database) : await openTestDatabase(kind, { composition });
  let clock = now;
  // Files the app writes (backups) go to a folder of this app's own, removed on close.
  const dir = mkdtempSync(join(tmpdir(), 'asf-testapp-'));
  const config = loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent', DATA_DIR: join(dir, 'data'), ...env });
  // A test that reads the log passes a stream (and LOG_LEVEL in env); others log nothing.
  const logging = options.logStream ? { logStream: options.logStream } : { logger: false };
  const { app, ctx } = await buildApp({ config, database, composition, now: () => clock, ...logging });
  await app.ready();
  return {
    app,
    ctx: { ...ctx, db: database.db },
    database,
    setNow(d) {
      clock = d;
    },
    async close() {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
