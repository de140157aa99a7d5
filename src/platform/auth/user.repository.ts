import { sql, type Selectable, type Transaction } from 'kysely';
import type { Db, PlatformDB } from '../db/schema.js';
import type { AppUserTable, OrganisationTable } from '../db/platform.tables.js';

/** All SQL of accounts: users, sessions, one-time links, sign-in attempts, settings. */
export type UserRow = Selectable<AppUserTable>;
export type OrganisationRow = Selectable<OrganisationTable>;

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function insertUser(
  db: Db,
  user: {
    email: string;
    name: string | null;
    role: string;
    passwordHash: string | null;
    organisationId: number | null;
    enterpriseId: number | null;
    emailConfirmedAt: Date | null;
    createdAt: Date;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('app_user')
    .values({
      email: user.email.toLowerCase(),
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      organisation_id: user.organisationId,
      enterprise_id: user.enterpriseId,
      email_confirmed_at: user.emailConfirmedAt,
      created_at: user.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateUser(
  db: Db,
  id: number,
  changes: Partial<
    Pick<
      UserRow,
      | 'name'
      | 'password_hash'
      | 'role'
      | 'organisation_id'
      | 'enterprise_id'
      | 'email_confirmed_at'
      | 'disabled_at'
      | 'last_sign_in_at'
    >
  >,
): Promise<void> {
  await db.updateTable('app_user').set(changes).where('id', '=', id).execute();
}

export async function deleteUserRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('app_user').where('id', '=', id).execute();
}

/**
 * Active admins. Inside a transaction it first takes a lock that every caller takes, so two
 * admins demoting or deleting each other at once cannot both see "there is another admin".
 */
export async function countAdmins(db: Db): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtext('asf:admins'))`.execute(db);
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listUsers(db: Db): Promise<(UserRow & { organisation_name: string | null })[]> {
  return db
    .selectFrom('app_user')
    .leftJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .selectAll('app_user')
    .select('organisation.name as organisation_name')
    .orderBy('app_user.email')
    .execute();
}

export async function usersOfEnterprise(db: Db, enterpriseId: number): Promise<UserRow[]> {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('disabled_at', 'is', null)
    .execute();
}

/** The enabled editors with a confirmed address of each enterprise: whom its messages go to. */
export async function editorAddresses(
  db: Db,
  enterpriseIds: readonly number[],
): Promise<{ enterprise_id: number | null; email: string }[]> {
  if (enterpriseIds.length === 0) return [];
  return db
    .selectFrom('app_user')
    .select(['enterprise_id', 'email'])
    .where('enterprise_id', 'in', [...enterpriseIds])
    .where('role', '=', 'enterprise_editor')
    .where('email_confirmed_at', 'is not', null)
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .execute();
}

// Sessions

export async function insertSession(
  db: Db,
  s: { tokenHash: string; userId: number; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('user_session')
    .values({
      token_hash: s.tokenHash,
      user_id: s.userId,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
    })
    .execute();
}

export async function findSessionUser(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ user: UserRow; lastSeenAt: Date } | undefined> {
  const row = await db
    .selectFrom('user_session')
    .innerJoin('app_user', 'app_user.id', 'user_session.user_id')
    .selectAll('app_user')
    .select('user_session.last_seen_at as session_last_seen_at')
    .where('user_session.token_hash', '=', tokenHash)
    .where('user_session.expires_at', '>', now)
    .where('app_user.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_last_seen_at, ...user } = row;
  return { user, lastSeenAt: session_last_seen_at };
}

export async function touchSession(db: Db, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('user_session').where('user_id', '=', userId).execute();
}

// One-time links

export async function insertOneTimeToken(
  db: Db,
  t: { tokenHash: string; purpose: string; userId: number | null; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('one_time_token')
    .values({
      token_hash: t.tokenHash,
      purpose: t.purpose,
      user_id: t.userId,
      created_at: t.now,
      expires_at: t.expiresAt,
    })
    .execute();
}

export async function findOneTimeToken(db: Db, tokenHash: string, purpose: string) {
  return db
    .selectFrom('one_time_token')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
}

/** Marks the link used; false when someone used it first (two tabs, a double click). */
export async function useOneTimeToken(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('one_time_token')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function expireOneTimeTokens(db: Db, purpose: string, userId: number | null, now: Date): Promise<void> {
  let q = db
    .updateTable('one_time_token')
    .set({ used_at: now })
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null);
  q = userId === null ? q.where('user_id', 'is', null) : q.where('user_id', '=', userId);
  await q.execute();
}

// Sign-in attempts

export async function insertSignInAttempt(
  db: Db,
  a: { email: string; ip: string; at: Date; succeeded: boolean },
): Promise<number> {
  const { id } = await db.insertInto('sign_in_attempt').values(a).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function markSignInSucceeded(db: Db, id: number): Promise<void> {
  await db.updateTable('sign_in_attempt').set({ succeeded: true }).where('id', '=', id).execute();
}

/** Serialises sign-in attempts for one address until the transaction ends (see reserveAttempt). */
export async function lockSignInAddress(trx: Transaction<PlatformDB>, email: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`.execute(trx);
}

/** Failed attempts after `since` that no successful sign-in has followed. */
export async function recentFailures(
  db: Db,
  by: { email: string } | { ip: string },
  since: Date,
): Promise<{ count: number; last: Date | null }> {
  const column = 'email' in by ? 'email' : 'ip';
  const value = 'email' in by ? by.email : by.ip;
  const success = await db
    .selectFrom('sign_in_attempt')
    .select(sql<Date | null>`max(at)`.as('at'))
    .where(column, '=', value)
    .where('succeeded', '=', true)
    .executeTakeFirstOrThrow();
  const from = success.at && new Date(success.at) > since ? new Date(success.at) : since;
  const row = await db
    .selectFrom('sign_in_attempt')
    .select([sql<string>`count(*)`.as('n'), sql<Date | null>`max(at)`.as('last')])
    .where(column, '=', value)
    .where('succeeded', '=', false)
    .where('at', '>', from)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), last: row.last === null ? null : new Date(row.last) };
}

export async function deleteSignInAttemptsOf(db: Db, email: string): Promise<void> {
  await db.deleteFrom('sign_in_attempt').where('email', '=', email).execute();
}

// Organisations

export async function insertOrganisation(
  db: Db,
  o: { name: string; kind: string; countyCode: string | null; municipalityCode: string | null; now: Date },
): Promise<number> {
  const { id } = await db
    .insertInto('organisation')
    .values({
      name: o.name,
      kind: o.kind,
      county_code: o.countyCode,
      municipality_code: o.municipalityCode,
      created_at: o.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listOrganisations(db: Db): Promise<OrganisationRow[]> {
  return db.selectFrom('organisation').selectAll().orderBy('name').execute();
}

export async function findOrganisation(db: Db, id: number): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
}

// Settings

export async function readSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('platform_setting').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function insertSettingIfAbsent(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('platform_setting')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

export async function findOrganisationByName(db: Db, name: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisation').selectAll().where('name', '=', name).executeTakeFirst();
}
