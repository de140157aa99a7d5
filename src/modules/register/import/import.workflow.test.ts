import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../../platform/audit/audit.service.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { dueDate, runConfirmationScan, unconfirmedSince } from '../confirmation/confirmation.service.js';
import { addMonths } from '../../../platform/calendar.js';
import { enterpriseIdByOrgnr, getEnterprise } from '../enterprise/enterprise.service.js';
import { listVersionsOf } from '../enterprise/history.repository.js';
import { listAuditEvents } from '../../../platform/audit/audit.repository.js';
import { parseCsvBytes } from './import.parse.js';
import { importEnterprises } from './import.service.js';
import type { ImportOptions, ImportReport } from './import.types.js';
import { importFileInWorker } from './import.worker.js';
import { insertEnterprise } from '../testing/factories.js';
import { getWorkflow, transition, updateFacts } from '../enterprise/workflow.service.js';
import type { RegisterDB } from '../db.js';

/**
 * An import changes facts, never the workflow of an enterprise that is already in the register:
 * its status, verification and confirmation belong to the coordinators' decisions and the yearly
 * confirmation, also when one of those happens while the import runs.
 */
const START = new Date('2026-11-24T10:00:00Z');
/** What the factories give as verified_at. */
const VERIFIED = new Date('2026-11-01T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const COORDINATOR: Actor = { system: 'Samordnare i testet' };

const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));

/** The two ways a file is imported: in this thread, and checked in a worker (command line, browser). */
const IMPORTERS: Record<string, (t: TestApp, file: Uint8Array, o: ImportOptions) => Promise<ImportReport>> = {
  'in this thread': (t, file, o) => importEnterprises(t.ctx.db, parseCsvBytes(file), o),
  'in a worker': (t, file, o) => importFileInWorker(t.ctx.db, file, 'csv', o),
};

for (const kind of testDatabaseKinds()) {
  describe(`an import and the workflow (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(kind, START);
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(async () => {
      t.setNow(START);
      // Earlier tests' enterprises leave the scan alone.
      await sql`update enterprise set status = 'archived'`.execute(t.ctx.db);
      await sql`delete from mail_outbox`.execute(t.ctx.db);
    });

    const options = (o: Partial<ImportOptions> = {}): ImportOptions => ({
      dryRun: false,
      skipInvalid: false,
      source: 'import',
      today: t.ctx.now().toISOString().slice(0, 10),
      note: 'telefon.csv',
      now: t.ctx.now(),
      ...o,
    });

    let n = 0;
    async function published(name: string) {
      const facts = await insertEnterprise(t.ctx.db, { name, email: `kontakt${++n}@foretag.se` });
      return { facts, id: (await enterpriseIdByOrgnr(t.ctx.db, facts.orgnr))! };
    }

    for (const [how, importFile] of Object.entries(IMPORTERS)) {
      test(`a decision and an edit made before the import writes are kept, and its version tells the truth (${how})`, async () => {
        const e = await published(`Arkiverade kooperativet ${how}`);
        // What a coordinator and an editor do between the import's start and its write: it runs
        // in the import's own transaction here, so that the order is certain on both databases.
        const meanwhile = async (trx: Transaction<RegisterDB>) => {
          await updateFacts(
            t.ctx,
            COORDINATOR,
            e.facts.orgnr,
            { ...e.facts, name: 'Nytt namn under importen' },
            { source: 'coordinator', groups: ['basics'], trx },
          );
          await transition(trx, t.ctx, COORDINATOR, { id: e.id, status: 'published' }, 'archived', {
            status: 'archived',
            archived_at: t.ctx.now(),
            archived_reason: 'Verksamheten avvecklad.',
          });
        };
        const report = await importFile(
          t,
          bytes(['Org.nr;Telefon', `${e.facts.orgnr};070-111 22 33`]),
          options({ inTransaction: meanwhile }),
        );
        assert.deepEqual([report.updated, report.written], [1, true]);

        const w = (await getWorkflow(t.ctx, e.facts.orgnr))!;
        assert.equal(w.enterprise.status, 'archived', 'the archiving stands');
        assert.equal(w.archivedReason, 'Verksamheten avvecklad.');
        assert.equal(w.enterprise.verifiedAt?.getTime(), VERIFIED.getTime(), 'an import is no verification');
        assert.equal(w.enterprise.phone, '070-111 22 33', 'the file is imported');
        assert.equal(w.enterprise.name, 'Nytt namn under importen', 'a column not in the file is not reverted');

        const [imported] = await listVersionsOf(t.ctx.db, e.id);
        assert.equal(imported?.action, 'imported');
        assert.deepEqual([imported?.status_before, imported?.status_after], ['archived', 'archived']);
        assert.equal((imported?.before as { name: string }).name, 'Nytt namn under importen');
        assert.equal((imported?.before as { phone: string | null }).phone, null);
      });
    }

    test('a new enterprise from a file is published but not reviewed against the criteria', async () => {
      const report = await importEnterprises(
        t.ctx.db,
        parseCsvBytes(
          bytes([
            'Organisationsnummer;Namn;Företagsform;Kommun;Anställda;Anställda ur målgruppen;Rapporterat',
            '799900-1022;Gröna Exempelhänder;Ekonomisk förening;Kiruna;4;2;2026-02-01',
          ]),
        ),
        options(),
      );
      assert.equal(report.created, 1);
      const e = (await getEnterprise(t.ctx.db, '799900-1022'))!;
      assert.equal(e.status, 'published');
      // Until issue 9 an import set verifiedAt, and the profile said "Verifierad" unchecked.
      assert.equal(e.verifiedAt, null);
      const audits = await listAuditEvents(t.ctx.db, { action: 'import', offset: 0, limit: 50 });
      assert.equal((audits.rows[0]?.details as Record<string, unknown>).criteriaAttested, undefined);
    });

    for (const [how, importFile] of Object.entries(IMPORTERS)) {
      test(`an import attested by its coordinator marks new and unreviewed enterprises reviewed, by them, now (${how})`, async () => {
        const reviewed = await published('Granskade gården');
        const file = (n: string) =>
          bytes([
            'Organisationsnummer;Namn;Företagsform;Kommun;Telefon',
            `${n};Intygade exemplet;Ekonomisk förening;Kiruna;070-111 22 33`,
            `${reviewed.facts.orgnr};Granskade gården;Ekonomisk förening;Kiruna;070-999 88 77`,
          ]);
        const orgnr = how === 'in a worker' ? '799900-1063' : '799900-1055';
        const report = await importFile(t, file(orgnr), options({ actor: COORDINATOR, criteriaAttested: true }));
        assert.equal(report.written, true);
        const w = (await getWorkflow(t.ctx, orgnr))!;
        assert.equal(w.enterprise.status, 'published');
        assert.equal(w.enterprise.verifiedAt?.getTime(), START.getTime());
        assert.equal(w.verifiedBy, 'Samordnare i testet');
        // One already reviewed keeps who and when.
        const kept = (await getWorkflow(t.ctx, reviewed.facts.orgnr))!;
        assert.equal(kept.enterprise.verifiedAt?.getTime(), VERIFIED.getTime());
        const audits = await listAuditEvents(t.ctx.db, { action: 'import', offset: 0, limit: 50 });
        assert.equal((audits.rows[0]?.details as Record<string, unknown>).criteriaAttested, true);
      });
    }

    test('a lapsed profile changed by an import stays lapsed since the same date and gets its next reminder', async () => {
      const e = await published('Bortglömda föreningen');
      const at = (months: number, days = 0) => new Date(addMonths(VERIFIED, months).getTime() + days * DAY);
      t.setNow(at(12));
      assert.equal((await runConfirmationScan(t.ctx)).lapsed, 1);
      const lapsed = (await getWorkflow(t.ctx, e.facts.orgnr))!;
      assert.equal(lapsed.enterprise.status, 'needs_reverification');

      t.setNow(at(12, 5));
      const report = await importEnterprises(
        t.ctx.db,
        parseCsvBytes(bytes(['Org.nr;Telefon', `${e.facts.orgnr};070-444 55 66`])),
        options(),
      );
      assert.equal(report.updated, 1);
      const w = (await getWorkflow(t.ctx, e.facts.orgnr))!;
      assert.equal(w.enterprise.phone, '070-444 55 66');
      assert.equal(w.enterprise.status, 'needs_reverification');
      assert.equal(w.enterprise.verifiedAt?.getTime(), VERIFIED.getTime());
      assert.deepEqual(
        [w.reminderCount, w.remindedAt?.getTime()],
        [lapsed.reminderCount, lapsed.remindedAt?.getTime()],
      );
      // "Inte bekräftade sedan" stays the day the twelve months ran out, not a day to come.
      assert.equal(unconfirmedSince(w)?.getTime(), dueDate(VERIFIED).getTime());

      t.setNow(at(12, 14));
      assert.equal((await runConfirmationScan(t.ctx)).reminders, 1, 'the reminders go on');
      const mails = await t.ctx.db.selectFrom('mail_outbox').select(['to_address', 'subject']).execute();
      assert.equal(mails.filter((m) => m.to_address === e.facts.email).length, 2, 'the lapse and the reminder');
    });

    if (kind === 'postgres') {
      test('an archiving committed while the import waits for the row is kept (two connections)', async () => {
        const e = await published('Samtidiga kooperativet');
        let release!: () => void;
        const released = new Promise<void>((resolve) => (release = resolve));
        let holder!: number;
        let locked!: () => void;
        const isLocked = new Promise<void>((resolve) => (locked = resolve));
        // A coordinator's archiving, holding the row until told to commit.
        const archiving = t.ctx.db.transaction().execute(async (trx) => {
          holder = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]!.pid;
          await sql`select id from enterprise where id = ${e.id} for update`.execute(trx);
          await transition(trx, t.ctx, COORDINATOR, { id: e.id, status: 'published' }, 'archived', {
            status: 'archived',
            archived_at: t.ctx.now(),
            archived_reason: 'Samtidigt arkiverad.',
          });
          locked();
          await released;
        });
        await isLocked;
        const importing = importFileInWorker(
          t.ctx.db,
          bytes(['Org.nr;Telefon', `${e.facts.orgnr};070-777 88 99`]),
          'csv',
          options(),
        );
        // Commit only once the import waits for the row.
        for (let i = 0; ; i++) {
          const { rows } = await sql<{ n: number }>`
            select count(*)::int as n from pg_stat_activity where ${holder}::int = any(pg_blocking_pids(pid))`.execute(
            t.ctx.db,
          );
          if (rows[0]!.n > 0) break;
          assert.ok(i < 200, 'the import never waited for the row');
          await new Promise((r) => setTimeout(r, 50));
        }
        release();
        await archiving;
        const report = await importing;
        assert.equal(report.written, true);
        const w = (await getWorkflow(t.ctx, e.facts.orgnr))!;
        assert.deepEqual([w.enterprise.status, w.enterprise.phone], ['archived', '070-777 88 99']);
        const [imported] = await listVersionsOf(t.ctx.db, e.id);
        assert.deepEqual([imported?.status_before, imported?.status_after], ['archived', 'archived']);
      });
    }
  });
}
