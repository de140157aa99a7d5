import type { TestApp } from '../../../app/testing/test-app.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { contextWithProcurementTables, type ProcurementContext } from '../db.js';
import { basicsSchema, lotSchema, type BasicsInput, type LotInput } from '../opportunity/opportunity.schema.js';
import {
  createOpportunity,
  publishOpportunity,
  saveLot,
  type PublishAnswers,
} from '../opportunity/opportunity.service.js';

/** Test helpers of the procurement module: a context with its tables, and forms as a buyer fills them. */
export function procurementContext(t: TestApp): ProcurementContext {
  return contextWithProcurementTables(t.ctx);
}

export function buyerUser(id: number, organisationId: number | null, role: CurrentUser['role'] = 'buyer'): CurrentUser {
  return { id, email: `user${id}@example.se`, name: null, role, enterpriseId: null, organisationId };
}

/** The basics form of an advertised procurement closing 2027-03-15 12:00, with `overrides` as typed. */
export const BASICS_FORM: Record<string, string> = {
  kind: 'advertised',
  title: 'Städning av förskolor i Falun',
  description: 'Lokalvård i sex förskolor, två gånger i veckan.',
  buyerName: 'Falu kommun',
  contactName: 'Anna Inköpare',
  contactEmail: 'anna@falun.example.se',
  noticeUrl: 'https://www.e-avrop.com/falun/e-Upphandling/Default.aspx',
  deadlineDate: '2027-03-15',
  deadlineTime: '12:00',
};

export const LOT_FORM: Record<string, string | string[]> = {
  title: 'Förskolor i centrala Falun',
  description: 'Daglig städning.',
  mainCpv: '90911200',
  place: 'Falun',
  estimatedValue: '1 200 000',
  contractMonths: '24',
};

export function basics(overrides: Record<string, string> = {}): BasicsInput {
  return basicsSchema.parse({ ...BASICS_FORM, ...overrides });
}

export function lot(overrides: Record<string, string | string[]> = {}): LotInput {
  return lotSchema.parse({ ...LOT_FORM, ...overrides });
}

/** The answers of the publish form: one lot because the work is one, a dialogue held. */
export const PUBLISH_ANSWERS: PublishAnswers = {
  noLotsReason: 'Ett enda uppdrag.',
  dialogueHeld: true,
  noDialogueReason: null,
};

/** An opportunity created with `lots` (forms as a buyer types them) and published; its id. */
export async function publishedOpportunity(
  ctx: ProcurementContext,
  buyer: CurrentUser,
  form: { basics?: Record<string, string>; lots: Record<string, string | string[]>[] },
): Promise<number> {
  const id = await createOpportunity(ctx, buyer, basics(form.basics));
  for (const l of form.lots) {
    const saved = await saveLot(ctx, buyer, id, null, lot(l));
    if (!saved?.ok) throw new Error(`the lot was not saved: ${JSON.stringify(saved)}`);
  }
  const published = await publishOpportunity(ctx, buyer, id, PUBLISH_ANSWERS, null);
  if (!published?.ok) throw new Error(`not published: ${JSON.stringify(published)}`);
  return id;
}

/** Falu kommun in Dalarna as the buyers' organisation of a test; its id. */
export function insertFaluKommun(t: TestApp): Promise<number> {
  return insertOrganisation(t.ctx.db, {
    name: 'Falu kommun',
    kind: 'kommun',
    countyCode: '20',
    municipalityCode: '2080',
    now: t.ctx.now(),
  });
}
