import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import type { AppContext } from '../context.js';
import type { Database, DatabaseKind } from '../db/database.js';
import { openTestDatabase } from './test-db.js';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  /** Moves the app's clock (tests of dates and expiry). */
  setNow(d: Date): void;
  close(): Promise<void>;
}

/**
 * The whole app in-process on a fresh, migrated test database (or on `options.database`, a
 * migrated database the test opened itself, which the app then closes); requests go through
 * app.inject.
 */
export async function openTestApp(
  kind: DatabaseKind,
  now = new Date('2026-11-24T10:00:00Z'),
  env: Record<string, string> = {},
  options: { database?: Database } = {},
): Promise<TestApp> {
  const database = options.database ?? (await openTestDatabase(kind));
  let clock = now;
  // Files the app writes (backups) go to a folder of this app's own, removed on close.
  const dir = mkdtempSync(join(tmpdir(), 'asf-testapp-'));
  const config = loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent', DATA_DIR: join(dir, 'data'), ...env });
  const { app, ctx } = await buildApp({ config, database, now: () => clock, logger: false });
  await app.ready();
  return {
    app,
    ctx,
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
