import type { ColumnType, Generated } from 'kysely';

/** Table types of the platform: reference data, accounts, audit, mail, jobs, settings. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = Record<string, unknown>> = ColumnType<T, string | undefined, string>;

export interface CpvCodeTable {
  code: string;
  parent: string | null;
  level: number;
  label_sv: string;
  label_en: string | null;
}

export interface OrganisationTable {
  id: Generated<number>;
  name: string;
  kind: string;
  county_code: string | null;
  municipality_code: string | null;
  created_at: Timestamp;
}

export interface AppUserTable {
  id: Generated<number>;
  email: string;
  name: string | null;
  password_hash: string | null;
  role: string;
  organisation_id: number | null;
  enterprise_id: number | null;
  email_confirmed_at: Date | null;
  disabled_at: Date | null;
  last_sign_in_at: Date | null;
  created_at: Timestamp;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface OneTimeTokenTable {
  token_hash: string;
  purpose: string;
  user_id: number | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Date | null;
}

export interface SignInAttemptTable {
  id: Generated<number>;
  email: string;
  ip: string;
  at: Timestamp;
  succeeded: boolean;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: Timestamp;
  actor_user_id: number | null;
  actor_label: string;
  action: string;
  subject: string | null;
  details: Json;
  ip: string | null;
}

export interface MailOutboxTable {
  id: Generated<number>;
  created_at: Timestamp;
  to_address: string;
  subject: string;
  text_body: string;
  status: Generated<string>;
  sent_at: Date | null;
  last_error: string | null;
  /** Where a reader stops this kind of message with one click (List-Unsubscribe); null for most. */
  unsubscribe_url: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface JobTable {
  id: Generated<number>;
  kind: string;
  payload: Json;
  run_at: Timestamp;
  status: Generated<string>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_until: Date | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: Timestamp;
  finished_at: Date | null;
}

export interface PlatformSettingTable {
  key: string;
  value: string;
}

export interface RateLimitHitTable {
  id: Generated<number>;
  bucket: string;
  at: Timestamp;
}

export interface PlatformTables {
  rate_limit_hit: RateLimitHitTable;
  cpv_code: CpvCodeTable;
  organisation: OrganisationTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  one_time_token: OneTimeTokenTable;
  sign_in_attempt: SignInAttemptTable;
  audit_event: AuditEventTable;
  mail_outbox: MailOutboxTable;
  job: JobTable;
  platform_setting: PlatformSettingTable;
}
