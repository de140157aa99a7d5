import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A whole PostgreSQL database of a test's own on the server TEST_DATABASE_URL names, for what
 * fills schema public (a restore, a backup of "the whole database"): the per-file test schemas
 * (test-db.ts) cannot hold that. Dropped, with any connection still open to it, by `drop`.
 */
export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(prefix = 'asf_restore'): Promise<ScratchDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(server, `create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => onServer(server, `drop database if exists ${name} with (force)`),
  };
}

async function onServer(server: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
