import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase } from '../../app/testing/test-db.js';

/**
 * PGlite is one database session. Two things done at once (a command's import and a visitor's
 * sign-in) must not share a transaction: had the sign-in slipped into the import's transaction,
 * the import's rollback would have taken the sign-in with it (seen with pglite-socket, issue 7).
 */
test('a rollback on one side never takes the other side’s writes (PGlite)', async () => {
  const database = await openTestDatabase('pglite');
  try {
    await sql`create table sida (vem text not null)`.execute(database.db);
    let inside!: () => void;
    const begun = new Promise<void>((r) => (inside = r));
    const rolledBack = database.db
      .transaction()
      .execute(async (trx) => {
        await sql`insert into sida values ('importen')`.execute(trx);
        inside();
        // The other side writes while this transaction is open…
        await new Promise((r) => setTimeout(r, 50));
        throw new Error('rulla tillbaka');
      })
      .catch((e: Error) => e.message);
    await begun;
    const otherWrite = sql`insert into sida values ('inloggningen')`.execute(database.db);
    // …and a direct session (pg_dump, a restore script) waits its turn too.
    const sessionRead = database.session((s) => s.query<{ n: number }>('select count(*)::int as n from sida'));
    assert.equal(await rolledBack, 'rulla tillbaka');
    await otherWrite;
    const { rows } = await sql<{ vem: string }>`select vem from sida`.execute(database.db);
    assert.deepEqual(
      rows.map((r) => r.vem),
      ['inloggningen'],
    );
    assert.deepEqual(await sessionRead, [{ n: 1 }], 'the session waited for both, in turn');
  } finally {
    await database.close();
  }
});
