import type { TestApp } from '../../../app/testing/test-app.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { createTestUser } from '../../../platform/testing/auth.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { registerAgreement } from '../agreement/agreement.service.js';
import { confirmFreePlaces } from '../capacity/capacity.service.js';
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
 * Registers an agreement between an organisation and an enterprise of the register, through the
 * service as the form does, by a coordinator of that organisation made for it.
 */
export async function registerTestAgreement(
  t: TestApp,
  organisationId: number,
  enterprise: { id: number; orgnr: string; name: string },
  terms: Partial<AgreementTerms> = {},
): Promise<number> {
  const { id, email } = await createTestUser(t, 'coordinator', { organisationId });
  const coordinator = { id, email, name: null, role: 'coordinator' as const, enterpriseId: null, organisationId };
  return registerAgreement(contextWithFollowupTables(t.ctx), coordinator, enterprise, { ...AGREEMENT_TERMS, ...terms });
}

/** The enterprise says how many places are free now, as through the e-mailed link. */
export async function confirmTestPlaces(t: TestApp, enterpriseId: number, free: number): Promise<void> {
  const outcome = await confirmFreePlaces(contextWithFollowupTables(t.ctx), enterpriseId, free, { link: true });
  if (!outcome.ok) throw new Error(`confirmTestPlaces: ${outcome.problem}`);
}

/**
 * An organisation, and a function that registers an agreement of theirs with a new published
 * enterprise of that name and returns the enterprise's id.
 */
export async function agreementMaker(t: TestApp, organisationName: string) {
  const organisationId = await insertOrganisation(t.ctx.db, {
    name: organisationName,
    kind: 'samordningsforbund',
    countyCode: '20',
    municipalityCode: null,
    now: t.ctx.now(),
  });
  return async (name: string, terms: Partial<AgreementTerms> = {}): Promise<number> => {
    const e = await insertEnterprise(t.ctx.db, { name });
    const row = await t.ctx.db
      .selectFrom('enterprise')
      .select('id')
      .where('orgnr', '=', e.orgnr)
      .executeTakeFirstOrThrow();
    await registerTestAgreement(t, organisationId, { id: row.id, ...e }, terms);
    return row.id;
  };
}
