import type { ColumnType, Generated } from 'kysely';

/** Table types of the procurement module. Only this module's repositories use them. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | undefined, string>;
/** Dates travel as 'YYYY-MM-DD' strings (see platform/db/database.ts). */
type DateString = string;

export interface OpportunityTable {
  id: Generated<number>;
  kind: string;
  status: Generated<string>;
  title: string;
  description: Generated<string>;
  buyer_organisation_id: number | null;
  buyer_name: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  /** A planned procurement's expected quarter, 'YYYY-Q' ('2027-2'). */
  expected_quarter: string | null;
  notice_url: string | null;
  deadline_at: Date | null;
  /** The zone the deadline was given in: an IANA name, or an offset from a notice ('+01:00'). */
  deadline_zone: string | null;
  meeting_at: Date | null;
  meeting_place: string | null;
  meeting_link: string | null;
  aimed_at_local: Generated<boolean>;
  no_lots_reason: string | null;
  dialogue_held: boolean | null;
  no_dialogue_reason: string | null;
  source: Generated<string>;
  country_code: Generated<string>;
  procedure_id: string | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_at: Date | null;
  closed_at: Date | null;
  // Kept from the lots on every save, for the list's filters (the GIN indexes answer them).
  closes_at: Date | null;
  /** ISO 639-1 of the title and descriptions ('sv'; a foreign notice's own language). */
  text_language: Generated<string>;
  /** The last deadline: the list shows the opportunity until then. */
  open_until: Date | null;
  cpv_codes: Generated<string[]>;
  /** The lots' codes with every ancestor, so that a filter on 90910000 finds 90911200 by one index key. */
  cpv_tree: Generated<string[]>;
  county_codes: Generated<string[]>;
  whole_county_codes: Generated<string[]>;
  municipality_codes: Generated<string[]>;
  reservation_kinds: Generated<string[]>;
  /** For an opportunity made from notices: the stage of the notice its facts come from. */
  notice_stage: number | null;
}

export interface OpportunityLotTable {
  id: Generated<number>;
  opportunity_id: number;
  position: number;
  lot_ref: string | null;
  title: string;
  description: Generated<string>;
  main_cpv: string | null;
  additional_cpv: Generated<string[]>;
  county_codes: Generated<string[]>;
  municipality_codes: Generated<string[]>;
  nuts_codes: Generated<string[]>;
  estimated_value: number | null;
  currency: Generated<string>;
  contract_months: number | null;
  contract_start: DateString | null;
  reservation: string | null;
  reservation_reason: string | null;
  employment_clause: Json<unknown> | null;
  deadline_at: Date | null;
  deadline_zone: string | null;
  sme_suitable: boolean | null;
  social_objective: boolean | null;
}

export interface OpportunityChangeTable {
  id: Generated<number>;
  opportunity_id: number;
  at: Timestamp;
  actor_user_id: number | null;
  actor_label: string;
  kind: string;
  changes: Json<unknown>;
}

export interface ProcurementLimitTable {
  year: number;
  kind: string;
  amount_sek: number;
  source: string;
}

export interface ProcurementCodeListTable {
  list: string;
  codes: string[];
  source: string;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface OpportunityNoticeTable {
  notice_id: string;
  version: string;
  procedure_id: string;
  opportunity_id: number | null;
  subtype: string;
  issue_date: DateString | null;
  imported_at: Timestamp;
}

export interface MatchAlertTable {
  enterprise_id: number;
  /** 'daily', 'weekly' or 'off'. A match closing within 7 days goes at once unless 'off'. */
  frequency: Generated<string>;
  /** 'profile' (its own offerings and areas) or 'chosen' (the codes, places, words and kinds below). */
  follow: Generated<string>;
  cpv: Generated<string[]>;
  categories: Generated<string[]>;
  county_codes: Generated<string[]>;
  municipality_codes: Generated<string[]>;
  words: Generated<string>;
  /** Opportunity kinds followed; empty = all four. */
  kinds: Generated<string[]>;
  updated_at: Timestamp;
}

export interface MatchAlertSentTable {
  id: Generated<number>;
  enterprise_id: number;
  opportunity_id: number;
  /** 'new', or the deadlines after a move ('moved:…', opportunity.events.ts). */
  key: string;
  urgent: boolean;
  score: number;
  created_at: Timestamp;
  sent_at: Date | null;
}

/** Where the nightly re-match stood after its last run (migration 0021). */
export interface MatchRematchTable {
  id: Generated<boolean>;
  /** The register's position (an xid8 as text) when the last run began. */
  register_position: string;
  at: Timestamp;
}

export interface LotInterestTable {
  id: Generated<number>;
  opportunity_id: number;
  lot_position: number;
  enterprise_id: number;
  message: Generated<string>;
  /** The buyer may see the enterprise's name and message (else only the count). */
  show_buyer: Generated<boolean>;
  /** Open to a joint bid: the others open to one on the lot see it and can get in touch. */
  joint_bid: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MeetingRsvpTable {
  opportunity_id: number;
  enterprise_id: number;
  persons: number;
  updated_at: Timestamp;
}

/** Who won a lot, as an award notice says (migration 0026). */
export interface LotAwardTable {
  opportunity_id: number;
  lot_position: number;
  /** [{ name, orgnr }] in the notice's order. */
  winners: ColumnType<{ name: string; orgnr: string | null }[], string, string>;
  value: ColumnType<string | null, number | null, number | null>;
  currency: string | null;
  concluded_on: ColumnType<string | null, string | null, string | null>;
  notice_id: string;
  recorded_at: ColumnType<Date, Date, Date>;
}

export interface ProcurementTables {
  opportunity_notice: OpportunityNoticeTable;
  opportunity: OpportunityTable;
  opportunity_lot: OpportunityLotTable;
  opportunity_change: OpportunityChangeTable;
  procurement_limit: ProcurementLimitTable;
  procurement_code_list: ProcurementCodeListTable;
  match_alert: MatchAlertTable;
  match_alert_sent: MatchAlertSentTable;
  match_rematch: MatchRematchTable;
  lot_interest: LotInterestTable;
  meeting_rsvp: MeetingRsvpTable;
  lot_award: LotAwardTable;
}
