import type { ColumnType, Generated } from 'kysely';

/** Table types of the register module. Only this module's repositories use them. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Dates travel as 'YYYY-MM-DD' strings (see platform/db/database.ts). */
type DateString = string;

export interface EnterpriseTable {
  id: Generated<number>;
  orgnr: string;
  name: string;
  legal_form: string;
  founded_year: number | null;
  description: Generated<string>;
  website: string | null;
  email: string | null;
  phone: string | null;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  municipality_code: string | null;
  county_code: string | null;
  employees_total: number | null;
  employees_target_group: number | null;
  employees_reported_on: DateString | null;
  target_groups: Generated<string[]>;
  training_capacity: number | null;
  training_free: number | null;
  training_target_groups: Generated<string[]>;
  training_adaptations: string | null;
  training_supervisors: number | null;
  networks: Generated<string[]>;
  status: Generated<string>;
  verified_at: Date | null;
  verified_by: string | null;
  is_demo: Generated<boolean>;
  /** Where each group of facts came from: { [group]: { source, at, note? } }. */
  sources: Generated<Record<string, FactSource>>;
  created_at: Timestamp;
  updated_at: Timestamp;
  // Denormalised for search, rewritten by the repository on every save.
  search_document: ColumnType<string | null, unknown, unknown>;
  /** Name folded so that plain byte order sorts as Swedish does (å, ä, ö after z). */
  sort_name: Generated<string>;
  area_counties: Generated<string[]>;
  area_municipalities: Generated<string[]>;
  category_slugs: Generated<string[]>;
  cpv_codes: Generated<string[]>;
  certified_until: DateString | null;
  confirmed_at: Date | null;
  submitted_at: Date | null;
  reminded_at: Date | null;
  reminder_count: Generated<number>;
  archived_at: Date | null;
  archived_reason: string | null;
  /** How far through the guided registration form the enterprise has come (0 = not begun). */
  registration_step: Generated<number>;
}

export interface FactSource {
  source: string;
  at: string;
  note?: string;
}

export interface EnterpriseAreaTable {
  enterprise_id: number;
  county_code: string;
  /** null = the whole county. */
  municipality_code: string | null;
}

export interface EnterpriseOfferingTable {
  enterprise_id: number;
  category_slug: string;
  cpv_codes: string[];
  description: string | null;
}

export interface EnterpriseCertificationTable {
  id: Generated<number>;
  enterprise_id: number;
  name: string;
  issuer: string | null;
  valid_until: DateString | null;
}

export interface SearchWordTable {
  word: string;
}

export interface RegisterVersionTable {
  id: Generated<boolean>;
  version: Generated<number>;
  /** Bumped by deletes and truncates: the read model then reads the register anew (migration 0020). */
  deleted: Generated<number>;
}

export interface EnterpriseVerificationTable {
  id: Generated<number>;
  enterprise_id: number;
  decided_at: Timestamp;
  decided_by: number | null;
  decided_by_label: string;
  decision: string;
  checklist: ColumnType<Record<string, unknown>, string | undefined, string>;
  evidence: string | null;
  message: string | null;
}

export interface EnterpriseVersionTable {
  id: Generated<number>;
  enterprise_id: number;
  at: Timestamp;
  actor_user_id: number | null;
  actor_label: string;
  action: string;
  status_before: string | null;
  status_after: string | null;
  /** EnterpriseFacts as JSON; null when the version made the enterprise (before) or only changed status. */
  before: ColumnType<unknown, string | null | undefined, string | null>;
  after: ColumnType<unknown, string | null | undefined, string | null>;
  flagged_fields: Generated<string[]>;
  reviewed_at: Date | null;
  reviewed_by_label: string | null;
  reverted_by_version: number | null;
}

export interface ImportUploadTable {
  id: string;
  user_id: number | null;
  file_name: string;
  content: Uint8Array;
  created_at: Timestamp;
  imported_at: Date | null;
  /** The column choices and file-wide date the file is previewed and imported with (ImportSettings). */
  settings: ColumnType<unknown, string | null | undefined, string | null>;
}

/** Column choices remembered for every file with the same headers. */
export interface ImportColumnChoiceTable {
  /** SHA-256 of the folded headers, sorted (headerSetKey). */
  header_set: string;
  /** The headers of the file the choices were made for, as written there. */
  headers: string[];
  /** ColumnChoice[] as JSON. */
  choices: ColumnType<unknown, string, string>;
  set_by: number | null;
  set_at: Timestamp;
}

export interface RegisterTables {
  enterprise_verification: EnterpriseVerificationTable;
  enterprise_version: EnterpriseVersionTable;
  import_upload: ImportUploadTable;
  import_column_choice: ImportColumnChoiceTable;
  coordinator_notice: CoordinatorNoticeTable;
  enterprise_error_report: EnterpriseErrorReportTable;
  coordinator_listing: CoordinatorListingTable;
  register_version: RegisterVersionTable;
  enterprise: EnterpriseTable;
  enterprise_area: EnterpriseAreaTable;
  enterprise_offering: EnterpriseOfferingTable;
  enterprise_certification: EnterpriseCertificationTable;
  search_word: SearchWordTable;
  search_watch: SearchWatchTable;
}

/** A directory search a buyer or coordinator follows (watch/). */
export interface SearchWatchTable {
  id: Generated<number>;
  user_id: number;
  /** The directory's query string, without page or sort ('q=städning&lan=20'). */
  query: string;
  /** The org.nr that matched when it was last looked at. */
  known: string[];
  created_at: Timestamp;
  checked_at: Timestamp;
}

/** How a coordinator wants to hear that something waits (coordination/notice.*). */
export interface CoordinatorNoticeTable {
  user_id: number;
  mode: string;
  updated_at: Timestamp;
}

/** A reader's report that something on a profile is wrong (coordination/report.*). */
export interface EnterpriseErrorReportTable {
  id: Generated<number>;
  enterprise_id: number;
  topic: string;
  message: string;
  reporter_email: string | null;
  created_at: Timestamp;
  closed_at: Timestamp | null;
  closed_by: number | null;
}

/** A coordinator listed on the public page /samordnare (coordination/listing.*). */
export interface CoordinatorListingTable {
  user_id: number;
  organisation: string;
  area: string;
  phone: string | null;
  shown: Generated<boolean>;
  updated_at: Timestamp;
}
