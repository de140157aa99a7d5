import type { RegisterDb } from '../db.js';

/**
 * All SQL of the remembered column choices (issue 7 §5): one row per set of headers, shared by
 * every coordinator, with who made the choices last.
 */

export interface ColumnChoiceRow {
  headers: string[];
  choices: unknown;
  set_at: Date;
  set_by: number | null;
  set_by_name: string | null;
  set_by_email: string | null;
}

export async function findColumnChoice(db: RegisterDb, headerSet: string): Promise<ColumnChoiceRow | undefined> {
  return db
    .selectFrom('import_column_choice as c')
    .leftJoin('app_user as u', 'u.id', 'c.set_by')
    .select(['c.headers', 'c.choices', 'c.set_at', 'c.set_by', 'u.name as set_by_name', 'u.email as set_by_email'])
    .where('c.header_set', '=', headerSet)
    .executeTakeFirst();
}

export async function upsertColumnChoice(
  db: RegisterDb,
  c: { headerSet: string; headers: readonly string[]; choices: unknown; userId: number; now: Date },
): Promise<void> {
  const values = {
    headers: [...c.headers],
    choices: JSON.stringify(c.choices),
    set_by: c.userId,
    set_at: c.now,
  };
  await db
    .insertInto('import_column_choice')
    .values({ header_set: c.headerSet, ...values })
    .onConflict((oc) => oc.column('header_set').doUpdateSet(values))
    .execute();
}

/** The choices a user made last (their own data, /konto). */
export async function columnChoicesByUser(
  db: RegisterDb,
  userId: number,
): Promise<{ headers: string[]; choices: unknown; set_at: Date }[]> {
  return db
    .selectFrom('import_column_choice')
    .select(['headers', 'choices', 'set_at'])
    .where('set_by', '=', userId)
    .orderBy('set_at', 'desc')
    .execute();
}

/** A deleted account's choices stay for the others; who made them does not. */
export async function anonymiseColumnChoices(db: RegisterDb, userId: number): Promise<void> {
  await db.updateTable('import_column_choice').set({ set_by: null }).where('set_by', '=', userId).execute();
}
