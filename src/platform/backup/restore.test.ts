import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import { openDatabase, type Database } from '../db/database.js';
import { databaseFingerprint } from '../testing/fingerprint.js';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-postgres.js';
import { existingTables, notAWholeBackup, RestoreError, restoreScript } from './restore.js';

/**
 * restoreScript on its own: scripts as pg_dump writes them (INSERTs or COPY blocks), and as
 * people edit them, into an empty embedded database and an empty PostgreSQL database.
 */

/**
 * Values of many types with what has broken dump readers (see the file), and the same database
 * as PostgreSQL's own pg_dump wrote it, with COPY blocks and \\restrict lines.
 */
const fixture = (name: string) => readFileSync(join('tests', 'fixtures', 'backup', name), 'utf8');
const AWKWARD_VALUES = fixture('ovanliga-varden.sql');
const PG_DUMP_WITH_COPY = fixture('pg_dump-copy.sql');

type Target = { kind: string; open: () => Promise<Database> };

const scratch: ScratchDatabase[] = [];
after(async () => {
  for (const db of scratch) await db.drop();
});

const targets: (Target & { skip: string | false })[] = [
  { kind: 'pglite', skip: false, open: () => openDatabase({}) },
  {
    kind: 'postgres',
    skip: process.env.TEST_DATABASE_URL ? false : 'kräver TEST_DATABASE_URL',
    open: async () => {
      const db = await createScratchDatabase();
      scratch.push(db);
      return openDatabase({ url: db.url });
    },
  },
];

/** The awkward values loaded directly, and dumped by the embedded database's pg_dump (INSERTs). */
async function awkwardSource() {
  const source = await openDatabase({});
  try {
    await source.session((s) => s.exec(AWKWARD_VALUES));
    const inserts = await source.session(async () =>
      (await pgDump({ pg: source.pglite!, args: ['--no-owner', '--rows-per-insert=2'] })).text(),
    );
    return { inserts, expected: await databaseFingerprint(source) };
  } finally {
    await source.close();
  }
}

for (const { kind, skip, open } of targets) {
  describe(`restoreScript (${kind})`, { skip }, () => {
    test('a pg_dump with COPY blocks and one with INSERTs give back every value of every type', async () => {
      const { inserts, expected } = await awkwardSource();
      assert.match(PG_DUMP_WITH_COPY, /^COPY public\."odd name" \("a b", "c\)"\) FROM stdin;$/m);
      assert.match(PG_DUMP_WITH_COPY, /^\\restrict /m);
      assert.doesNotMatch(inserts, /^COPY /m);
      for (const script of [PG_DUMP_WITH_COPY, inserts]) {
        const database = await open();
        try {
          const result = await restoreScript(database, script);
          assert.equal(result.tables, 4);
          assert.equal(result.rows, 3 + 3 + 2);
          const got = await databaseFingerprint(database);
          assert.deepEqual(got.tables, expected.tables);
          assert.deepEqual(got.sequences, expected.sequences);
          // The identity goes on after the restored rows.
          const [row] = await database.session((s) =>
            s.query<{ id: number }>(`insert into public.sorts (txt) values ('ny') returning id`),
          );
          assert.equal(row!.id, 4);
        } finally {
          await database.close();
        }
      }
    });

    test('passes over settings the target lacks and comments on extensions; reports progress', async () => {
      const database = await open();
      try {
        const progress: number[] = [];
        const script = [
          'SET transaction_timeout = 0;',
          'SET no_such_setting_anywhere = 1;',
          'SET myapp.custom = 1;',
          "SET client_encoding = 'UTF8';",
          "COMMENT ON EXTENSION plpgsql IS 'only its owner may';",
          'CREATE TABLE public.t (x int) -- a comment before the semicolon',
          ';',
          'INSERT INTO public.t VALUES (1) /* and a block one */;',
          'COPY public.t (x) FROM stdin;',
          '2',
          '\\.',
        ].join('\n');
        const result = await restoreScript(database, script, {
          onProgress: (done, total) => progress.push(done / total),
        });
        assert.deepEqual(result, {
          tables: 1,
          rows: 2,
          skipped: [
            ...((await hasSetting(database, 'transaction_timeout')) ? [] : ['SET transaction_timeout = 0']),
            'SET no_such_setting_anywhere = 1',
            "COMMENT ON EXTENSION plpgsql IS 'only its owner may'",
          ],
        });
        assert.equal(progress.at(-1), 1);
      } finally {
        await database.close();
      }
    });

    test('a statement that fails, or a COPY block without its end: RestoreError, and nothing was kept', async () => {
      const database = await open();
      try {
        const failing = [
          'CREATE TABLE public.first (x int);',
          'INSERT INTO public.first VALUES (1);',
          "INSERT INTO public.first VALUES ('inte ett tal');",
          'CREATE TABLE public.later (x int);',
        ].join('\n');
        await assert.rejects(restoreScript(database, failing), (e: Error) => {
          assert.ok(e instanceof RestoreError);
          assert.match(
            e.message,
            /^Återställningen avbröts: invalid input syntax for type integer: "inte ett tal"\. Inget sparades\. \(Satserna började med: CREATE TABLE public\.first \(x int\)\)$/,
          );
          return true;
        });
        assert.deepEqual(await existingTables(database), []);
        const unended = 'CREATE TABLE public.first (x int);\nCOPY public.first (x) FROM stdin;\n1\n2\n';
        await assert.rejects(restoreScript(database, unended), (e: Error) => {
          assert.ok(e instanceof RestoreError);
          assert.match(
            e.message,
            /^Återställningen avbröts: COPY public\.first \(x\) FROM stdin: raden \\\. som avslutar datat saknas\. Inget sparades\.$/,
          );
          return true;
        });
        assert.deepEqual(await existingTables(database), []);
        // The session is usable afterwards, and not left in a transaction.
        await restoreScript(database, 'CREATE TABLE public.ok (x int);');
        assert.deepEqual(await existingTables(database), ['ok']);
      } finally {
        await database.close();
      }
    });
  });
}

describe('notAWholeBackup', () => {
  const whole =
    '--\n-- PostgreSQL database dump\n--\nCREATE TABLE public.t (x int);\n\n--\n-- PostgreSQL database dump complete\n--\n\n';
  test('a whole dump passes, also with psql lines after the last comment', () => {
    assert.equal(notAWholeBackup(whole, 'f.sql'), null);
    assert.equal(notAWholeBackup(`${whole}\\unrestrict abc\n\n`, 'f.sql'), null);
  });
  test('a file without SQL, and one cut short, are named as such', () => {
    assert.match(notAWholeBackup('orgnr;namn\n', 'f.csv')!, /^f\.csv ser inte ut som en säkerhetskopia/);
    assert.match(notAWholeBackup(whole.slice(0, whole.indexOf('\n\n--')), 'f.sql')!, /^f\.sql är inte hel: /);
    // The line must be pg_dump's own last line, not the words somewhere in the data.
    assert.match(
      notAWholeBackup(
        `CREATE TABLE t (x text);\nINSERT INTO t VALUES ('-- PostgreSQL database dump complete');\n`,
        'f.sql',
      )!,
      /är inte hel/,
    );
  });
});

async function hasSetting(database: Database, name: string): Promise<boolean> {
  const rows = await database.session((s) => s.query('select 1 from pg_settings where name = $1', [name]));
  return rows.length > 0;
}
