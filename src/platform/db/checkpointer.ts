import { sql } from 'kysely';
import type { Database } from './database.js';
import { checkpoint } from './maintenance.js';

export interface CheckpointerLog {
  error(obj: object, msg: string): void;
}

/**
 * PostgreSQL's background checkpointer, which PGlite (one process, single-user mode) does not
 * have: while the server runs, every so often and only if something was written, the embedded
 * database's memory is written to its files. A crash (kill -9, a power cut) then replays at
 * most that long a stretch of writes at the next start, not everything since the last
 * orderly shutdown. Does nothing on PostgreSQL.
 */
export function startCheckpointer(
  database: Database,
  options: { everyMs?: number; log: CheckpointerLog },
): { stop(): void } {
  if (database.kind !== 'pglite') return { stop() {} };
  let written: string | undefined;
  const walPosition = async () =>
    (await sql<{ lsn: string }>`select pg_current_wal_insert_lsn()::text as lsn`.execute(database.db)).rows[0]?.lsn;
  const tick = async () => {
    try {
      if ((await walPosition()) === written) return;
      await checkpoint(database.db);
      // The checkpoint writes a record of its own: remember the position after it.
      written = await walPosition();
    } catch (e) {
      options.log.error({ err: e }, 'checkpoint misslyckades');
    }
  };
  const timer = setInterval(() => void tick(), options.everyMs ?? 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
