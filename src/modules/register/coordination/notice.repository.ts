import type { RegisterDb } from '../db.js';

export const NOTICE_MODES = ['immediate', 'daily', 'off'] as const;
export type NoticeMode = (typeof NOTICE_MODES)[number];
/**
 * What someone who never chose gets: coordinators the morning digest; administrators, who also
 * reach /samordning, nothing until they ask for it.
 */
export function defaultNoticeMode(role: string): NoticeMode {
  return role === 'coordinator' ? 'daily' : 'off';
}

export interface NoticeRecipient {
  id: number;
  email: string;
}

export async function findNoticeMode(db: RegisterDb, userId: number): Promise<NoticeMode | null> {
  const row = await db.selectFrom('coordinator_notice').select('mode').where('user_id', '=', userId).executeTakeFirst();
  return (row?.mode as NoticeMode | undefined) ?? null;
}

export async function saveNoticeMode(db: RegisterDb, userId: number, mode: NoticeMode, now: Date): Promise<void> {
  await db
    .insertInto('coordinator_notice')
    .values({ user_id: userId, mode, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ mode, updated_at: now }))
    .execute();
}

export async function deleteNoticeMode(db: RegisterDb, userId: number): Promise<void> {
  await db.deleteFrom('coordinator_notice').where('user_id', '=', userId).execute();
}

/** Active coordinators and administrators with a confirmed address whose choice (or default) is `mode`. */
export async function coordinatorsWithMode(db: RegisterDb, mode: NoticeMode): Promise<NoticeRecipient[]> {
  const q = db
    .selectFrom('app_user')
    .leftJoin('coordinator_notice', 'coordinator_notice.user_id', 'app_user.id')
    .select(['app_user.id', 'app_user.email'])
    .where('app_user.role', 'in', ['coordinator', 'admin'])
    .where('app_user.disabled_at', 'is', null)
    .where('app_user.email_confirmed_at', 'is not', null)
    .where((eb) => {
      const chose = eb('coordinator_notice.mode', '=', mode);
      // No choice yet: coordinators get the morning digest (defaultNoticeMode), administrators nothing.
      if (mode !== defaultNoticeMode('coordinator')) return chose;
      return eb.or([
        chose,
        eb.and([eb('coordinator_notice.mode', 'is', null), eb('app_user.role', '=', 'coordinator')]),
      ]);
    });
  return q.orderBy('app_user.id').execute();
}
