import { spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { gzip, gunzip } from 'node:zlib';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import type { Database } from '../db/database.js';

/**
 * A logical backup: pg_dump's plain SQL, which the embedded database and any PostgreSQL server
 * can load (`asf restore`, or `psql -f`), so that moving from the one to the other is a backup
 * and a restore. No owners or grants (the target's user owns what it loads); rows as INSERTs
 * of a few hundred at a time, which load fast and need no COPY protocol.
 */
const DUMP_FLAGS = ['--no-owner', '--no-privileges', '--rows-per-insert=500'];

export class DumpError extends Error {}

/** A consistent snapshot of the whole database, as SQL text, while the site runs. */
export async function dumpDatabase(database: Database, url: string | undefined): Promise<string> {
  const pglite = database.pglite;
  if (pglite) {
    // pg_dump speaks to PGlite directly: it must have the one session to itself while it reads.
    return database.session(async () => (await pgDump({ pg: pglite, args: DUMP_FLAGS })).text());
  }
  if (!url) throw new Error('dumpDatabase: PostgreSQL without a connection address');
  return runPgDump(url);
}

/**
 * PostgreSQL's own pg_dump (from the PostgreSQL client package), which reads in one snapshot
 * without stopping anyone. The password goes through the environment, not the command line
 * where other local users could see it.
 */
function runPgDump(url: string): Promise<string> {
  const address = new URL(url);
  const password = decodeURIComponent(address.password);
  address.password = '';
  return new Promise((resolve, reject) => {
    const child = spawn('pg_dump', [...DUMP_FLAGS, '--inserts', `--dbname=${address.toString()}`], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        new DumpError(
          e.code === 'ENOENT'
            ? 'Programmet pg_dump finns inte. Installera PostgreSQL-klienten (på Debian: apt-get install postgresql-client) i samma version som servern eller nyare.'
            : `pg_dump kunde inte startas: ${e.message}`,
        ),
      ),
    );
    child.once('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new DumpError(`pg_dump misslyckades (kod ${code}): ${err.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

/** A heading that says what the file is, in a comment so that psql and restore pass over it. */
export function backupHeading(at: Date, kind: Database['kind']): string {
  const from = kind === 'pglite' ? 'den inbyggda databasen (PGlite)' : 'PostgreSQL';
  return [
    `-- ASF-plattformen: säkerhetskopia av ${from}, ${at.toISOString()}.`,
    '-- Läs in med: npx asf restore <fil>  (eller i en tom PostgreSQL-databas: psql -f <fil>).',
    '',
    '',
  ].join('\n');
}

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Files named .gz are compressed (measured: a sixth of the size at 30 000 enterprises); others are plain SQL. */
export async function encodeBackup(sqlText: string, fileName: string): Promise<Uint8Array> {
  const bytes = Buffer.from(sqlText, 'utf8');
  return fileName.endsWith('.gz') ? gzipAsync(bytes, { level: 6 }) : bytes;
}

export async function decodeBackup(bytes: Uint8Array): Promise<string> {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? await gunzipAsync(bytes) : Buffer.from(bytes)).toString('utf8');
}
