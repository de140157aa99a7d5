import type { TestApp } from '../../../app/testing/test-app.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { createTestUser } from '../../../platform/testing/auth.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { registerAgreement } from '../agreement/agreement.service.js';
import type { AgreementTerms } from '../agreement/agreement.types.js';
import { contextWithFollowupTables } from '../db.js';

/** An agreement's terms as a coordinator in Borlänge might write them: in force from June 2026 for a year. */
export const AGREEMENT_TERMS: AgreementTerms = {
  diaryNumber: 'SF 2026/14',
  municipalityCode: '2081',
  starts: '2026-06-01',
  ends: '2027-05-31',
  places: 3,
  supervisors: 1,
  targetGroups: ['psykisk-ohalsa'],
  adaptations: ['anpassade-arbetstider'],
};

/**
 * An organisation with a coordinator, and a function that registers an agreement of theirs with a
 * new published enterprise of that name (through the service, as the form does) and returns the
 * enterprise's id.
 */
export async function agreementMaker(t: TestApp, organisationName: string) {
  const ctx = contextWithFollowupTables(t.ctx);
  const organisationId = await insertOrganisation(t.ctx.db, {
    name: organisationName,
    kind: 'samordningsforbund',
    countyCode: '20',
    municipalityCode: null,
    now: t.ctx.now(),
  });
  const { id, email } = await createTestUser(t, 'coordinator', { organisationId });
  const coordinator = { id, email, name: null, role: 'coordinator' as const, enterpriseId: null, organisationId };
  return async (name: string, terms: Partial<AgreementTerms> = {}): Promise<number> => {
    const e = await insertEnterprise(t.ctx.db, { name });
    const row = await t.ctx.db
      .selectFrom('enterprise')
      .select('id')
      .where('orgnr', '=', e.orgnr)
      .executeTakeFirstOrThrow();
    await registerAgreement(ctx, coordinator, { id: row.id, ...e }, { ...AGREEMENT_TERMS, ...terms });
    return row.id;
  };
}
