import { audit } from '../../../platform/audit/audit.service.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { inviteUser } from '../../../platform/auth/user.service.js';
import { enqueue } from '../../../platform/jobs/queue.js';
import { queueMail } from '../../../platform/mail/mail.service.js';
import { createTestUser, TestBrowser, TEST_PASSWORD } from '../../../platform/testing/auth.js';
import type { TestApp } from '../../../app/testing/test-app.js';
import { enterpriseIdByOrgnr, factsOf, getEnterprise } from '../enterprise/enterprise.service.js';
import { isoDate } from '../../../platform/calendar.js';
import { seedEnterprises } from '../demo/seed.service.js';
import { updateFacts } from '../enterprise/workflow.service.js';
import { insertEnterprise } from './factories.js';
import { registerViaForm } from './registration.js';

/**
 * Text that has broken readers of SQL dumps: quotes of every kind, a semicolon, a dollar quote,
 * comment markers, backslashes, a tab, line breaks, double spaces, \N and letters outside ASCII.
 */
export const AWKWARD_TEXT =
  "Kvarnen's \"Café\"; $$ $body$ -- inte en kommentar /* inte heller */ E'\\x41' \\N \\. \ttabb\nny rad\r\n  två  mellanslag; åäö ÅÄÖ é ß 🙂";

export interface RealShapedData {
  /** An enterprise whose name and description hold AWKWARD_TEXT, with an editor. */
  awkward: { orgnr: string; name: string };
  admin: { id: number; email: string };
  enterprises: number;
}

/**
 * The register as it looks after some use, for backup and restore tests: `enterprises` seeded
 * enterprises with their areas, offerings and certifications, accounts of every role with an
 * organisation, invitations (links, mail, jobs), sessions and sign-in attempts, changes with
 * versions, a registration through the form, audit events, a queued job and mail.
 */
export async function addRealShapedData(t: TestApp, options: { enterprises: number }): Promise<RealShapedData> {
  const { ctx } = t;
  const now = ctx.now();
  await seedEnterprises(ctx.db, options.enterprises, { isDemo: false, today: isoDate(now), seed: 7 });
  const awkward = await insertEnterprise(ctx.db, {
    name: 'Kvarnens Kooperativ',
    description: AWKWARD_TEXT,
    networks: [AWKWARD_TEXT],
  });

  const admin = await createTestUser(t, 'admin', { name: "Ada O'Admin" });
  const coordinator = await createTestUser(t, 'coordinator', { name: 'Sam "Samordnare"' });
  await createTestUser(t, 'buyer', { name: 'Bo Köpare' });
  await createTestUser(t, 'enterprise_editor', { enterpriseId: (await enterpriseIdByOrgnr(ctx.db, awkward.orgnr))! });
  const asAdmin: CurrentUser = { ...admin, name: null, role: 'admin', enterpriseId: null, organisationId: null };
  for (const n of [1, 2, 3]) {
    await inviteUser(ctx, asAdmin, {
      email: `inbjuden-${n}@kommun.example.se`,
      name: `Inbjuden ${n}`,
      role: 'coordinator',
      organisationId: null,
      enterpriseId: null,
    });
  }
  const browser = new TestBrowser(t);
  await browser.post('/logga-in', { email: admin.email, password: `${TEST_PASSWORD} fel` });
  await browser.signIn(admin.email);

  const asCoordinator: CurrentUser = {
    ...coordinator,
    name: null,
    role: 'coordinator',
    enterpriseId: null,
    organisationId: null,
  };
  const changed = await ctx.db.selectFrom('enterprise').select('orgnr').orderBy('id').limit(5).execute();
  for (const { orgnr } of [...changed, awkward]) {
    const facts = factsOf((await getEnterprise(ctx.db, orgnr))!);
    await updateFacts(
      ctx,
      asCoordinator,
      orgnr,
      { ...facts, description: `${facts.description ?? ''}\n${AWKWARD_TEXT}` },
      {
        source: 'coordinator',
        groups: ['basics'],
      },
    );
  }
  await registerViaForm(t, { name: `Nystartade ${AWKWARD_TEXT.slice(0, 30)}` });

  await audit(ctx.db, {
    at: now,
    actor: asAdmin,
    action: 'export',
    subject: AWKWARD_TEXT,
    details: { note: AWKWARD_TEXT, list: [1, 'två', null], nested: { ok: true } },
    ip: '192.0.2.7',
  });
  await enqueue(ctx.db, {
    kind: 'test.waiting',
    payload: { text: AWKWARD_TEXT },
    runAt: new Date(now.getTime() + 86_400_000),
  });
  await queueMail(ctx.db, now, { to: 'mottagare@example.se', subject: 'Ämne med åäö', text: AWKWARD_TEXT });
  return { awkward: { orgnr: awkward.orgnr, name: awkward.name }, admin, enterprises: options.enterprises + 2 };
}
