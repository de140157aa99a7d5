import type { TestApp } from '../../../app/testing/test-app.js';
import { openTestApp } from '../../../app/testing/test-app.js';
import type { DatabaseKind } from '../../../platform/db/database.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { contextWithFollowupTables, type FollowupContext } from '../db.js';

/** The follow-up tests' app on 2026-12-07, its context with the module's tables, and a kommun by name. */
export async function openFollowupApp(kind: DatabaseKind): Promise<{
  t: TestApp;
  ctx: FollowupContext;
  kommun: (name: string) => Promise<number>;
}> {
  const t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
  const kommun = (name: string) =>
    insertOrganisation(t.ctx.db, { name, kind: 'kommun', countyCode: '20', municipalityCode: null, now: t.ctx.now() });
  return { t, ctx: contextWithFollowupTables(t.ctx), kommun };
}
