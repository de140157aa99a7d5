import type { Actor } from '../audit/audit.service.js';
import { audit } from '../audit/audit.service.js';
import type { AuditRow } from '../audit/audit.repository.js';
import { isRole, type CurrentUser, type Role } from '../auth/roles.js';
import { changeRole, inviteUser } from '../auth/user.service.js';
import {
  findOrganisation,
  findOrganisationByName,
  findUserByEmail,
  insertOrganisation,
} from '../auth/user.repository.js';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { countyByCode, municipalityByCode } from '../reference/geo.js';
import { authText } from '../auth/auth.text.js';
import {
  adminCounts,
  auditEventsAbout,
  findUserForAdmin,
  listOrganisationsWithCounts,
  listUsersForAdmin,
  type AdminCounts,
  type AdminUserRow,
  type OrganisationWithCount,
} from './admin.repository.js';
import { adminText as t } from './admin.text.js';
import type { BelongingInput, InviteInput, OrganisationInput } from './users.schema.js';

/**
 * The admin pages' logic: users as admins see them, and turning the invite and change forms
 * into calls of the account service (which checks the last-admin rule, ends sessions and
 * writes the audit log).
 */
export type UserState = 'active' | 'pending' | 'disabled';

export interface AdminUser {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  state: UserState;
  organisation: { id: number; name: string } | null;
  enterprise: { id: number; name: string; orgnr: string } | null;
  lastSignInAt: Date | null;
  createdAt: Date;
}

type EnterpriseNames = ReadonlyMap<number, { name: string; orgnr: string }>;

function toAdminUser(r: AdminUserRow, enterprises: EnterpriseNames): AdminUser {
  const enterprise = r.enterprise_id !== null ? enterprises.get(r.enterprise_id) : undefined;
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: isRole(r.role) ? r.role : 'buyer',
    state: r.disabled_at ? 'disabled' : r.has_password ? 'active' : 'pending',
    organisation:
      r.organisation_id !== null && r.organisation_name !== null
        ? { id: r.organisation_id, name: r.organisation_name }
        : null,
    enterprise: r.enterprise_id !== null && enterprise ? { id: r.enterprise_id, ...enterprise } : null,
    lastSignInAt: r.last_sign_in_at,
    createdAt: r.created_at,
  };
}

export async function startCounts(ctx: AppContext): Promise<AdminCounts> {
  return adminCounts(ctx.db, new Date(ctx.now().getTime() - 30 * 86_400_000));
}

const enterpriseIds = (rows: AdminUserRow[]) =>
  rows.flatMap((r) => (r.enterprise_id === null ? [] : [r.enterprise_id]));

export async function listAdminUsers(ctx: AppContext): Promise<AdminUser[]> {
  const rows = await listUsersForAdmin(ctx.db);
  const enterprises = await ctx.accountHooks.describeEnterprises(ctx.db, enterpriseIds(rows));
  return rows.map((r) => toAdminUser(r, enterprises));
}

export async function getAdminUser(ctx: AppContext, id: number): Promise<AdminUser> {
  const row = await findUserForAdmin(ctx.db, id);
  if (!row) throw new AppError('user_not_found', authText.users.notFound);
  return toAdminUser(row, await ctx.accountHooks.describeEnterprises(ctx.db, enterpriseIds([row])));
}

export async function userHistory(ctx: AppContext, user: AdminUser): Promise<AuditRow[]> {
  return auditEventsAbout(ctx.db, user.id, user.email, 20);
}

export async function listOrganisations(ctx: AppContext): Promise<OrganisationWithCount[]> {
  return listOrganisationsWithCounts(ctx.db);
}

/** Invites a user from the admin form: resolves the organisation or enterprise, then sends the mail. */
export async function inviteFromForm(ctx: AppContext, actor: CurrentUser, input: InviteInput): Promise<number> {
  // Checked before a new organisation is made, so that a taken address leaves nothing behind.
  if (await findUserByEmail(ctx.db, input.email)) {
    throw new AppError('conflict', authText.users.emailTaken, [{ field: 'email', message: authText.users.emailTaken }]);
  }
  const scope = await resolveBelonging(ctx, actor, input);
  const { userId } = await inviteUser(ctx, actor, { email: input.email, name: input.name, role: input.role, ...scope });
  return userId;
}

export async function changeFromForm(
  ctx: AppContext,
  actor: CurrentUser,
  userId: number,
  input: BelongingInput,
): Promise<void> {
  await getAdminUser(ctx, userId);
  const scope = await resolveBelonging(ctx, actor, input);
  await changeRole(ctx, actor, userId, { role: input.role, ...scope });
}

/**
 * An editor belongs to an enterprise (by org.nr), a buyer or coordinator may belong to an
 * organisation (an existing one, or a new one made here), an admin to neither.
 */
async function resolveBelonging(
  ctx: AppContext,
  actor: Actor,
  input: BelongingInput,
): Promise<{ organisationId: number | null; enterpriseId: number | null }> {
  if (input.role === 'enterprise_editor') {
    // The register checks the number by its own rules and says what is wrong in its own words.
    const found = await ctx.accountHooks.findEnterprise(ctx.db, input.orgnr ?? '');
    if (!found.ok) throw fieldError('orgnr', found.message);
    return { organisationId: null, enterpriseId: found.id };
  }
  if (input.role === 'admin' || input.organisation === '') return { organisationId: null, enterpriseId: null };
  if (input.organisation === 'ny') {
    const organisationId = await createOrganisation(ctx, actor, {
      name: input.newOrganisationName ?? '',
      kind: input.newOrganisationKind ?? 'annan',
      county: undefined,
      municipality: undefined,
    }).catch((e: unknown) => {
      // The form's field for the new name is another than on the organisations page.
      if (e instanceof AppError && e.fields[0]?.field === 'name') throw fieldError('newOrganisationName', e.message);
      throw e;
    });
    return { organisationId, enterpriseId: null };
  }
  const organisation = await findOrganisation(ctx.db, Number(input.organisation));
  if (!organisation) throw fieldError('organisation', t.errors.chooseOrganisation);
  return { organisationId: organisation.id, enterpriseId: null };
}

export async function createOrganisation(ctx: AppContext, actor: Actor, input: OrganisationInput): Promise<number> {
  const municipality = input.municipality ? municipalityByCode(input.municipality) : undefined;
  if (input.municipality && !municipality) throw fieldError('municipality', t.errors.municipality);
  if (input.county && !countyByCode(input.county)) throw fieldError('county', t.errors.county);
  if (input.county && municipality && municipality.countyCode !== input.county) {
    throw fieldError('municipality', t.errors.municipalityNotInCounty);
  }
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (await findOrganisationByName(trx, input.name)) throw fieldError('name', t.organisations.nameTaken);
    const id = await insertOrganisation(trx, {
      name: input.name,
      kind: input.kind,
      // A kommun lies in one län: given the kommun, the län follows.
      countyCode: input.county ?? municipality?.countyCode ?? null,
      municipalityCode: municipality?.code ?? null,
      now,
    });
    await audit(trx, {
      at: now,
      actor,
      action: 'organisation_created',
      subject: input.name,
      details: { id, kind: input.kind },
    });
    return id;
  });
}

function fieldError(field: string, message: string): AppError {
  return new AppError('invalid_form', message, [{ field, message }]);
}
