import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A date column: 'YYYY-MM-DD' in and out. */
type DateString = ColumnType<string, string, string>;
/** numeric: the driver hands it over as text. */
type Numeric = ColumnType<string, number | string, number | string>;

export interface ContractTable {
  id: Generated<number>;
  buyer_organisation_id: number;
  title: string;
  opportunity_id: number | null;
  lot_position: number | null;
  supplier_enterprise_id: number | null;
  supplier_name: string;
  starts_on: DateString;
  ends_on: DateString;
  value: Numeric | null;
  currency: Generated<string>;
  reservation: string | null;
  /** The labour-market unit that reports beside the parties (0025), when the buyer named one. */
  labour_market_organisation_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** 'manual', 'award' or 'award_notice'. */
  source: Generated<string>;
  created_by: number | null;
  created_at: Timestamp;
}

export interface ContractCommitmentTable {
  id: Generated<number>;
  contract_id: number;
  form: string;
  requirement: string;
  target_group: string;
  persons: number;
  months: number;
  first_start_within_months: number;
  met_share: Numeric;
  /** What its reports add up to (0025), kept as they come in. */
  offered_total: Generated<number>;
  started_total: Generated<number>;
  completed_total: Generated<number>;
  employment_total: Generated<number>;
  person_months_total: ColumnType<string, never, number | string>;
  first_start_on: ColumnType<string | null, never, string | null>;
}

export interface CommitmentReportTable {
  id: Generated<number>;
  commitment_id: number;
  on_date: DateString;
  offered: Generated<number>;
  started: Generated<number>;
  completed: Generated<number>;
  became_employment: Generated<number>;
  person_months: Numeric;
  note: Generated<string>;
  /** 'supplier', 'buyer' or 'labour_market'. */
  reporter_role: string;
  reported_by: number | null;
  created_at: Timestamp;
}

/** A reminder sent about a commitment, once per kind ('first_start'). */
export interface CommitmentReminderTable {
  commitment_id: number;
  kind: string;
  sent_at: Timestamp;
}

/** A target an organisation set itself for a year and metric (goal/goal.metrics.ts). */
export interface GoalTargetTable {
  organisation_id: number;
  year: number;
  metric: string;
  /** A share as a whole percent (50), a count as a number (5). */
  target: number;
  set_by: number | null;
  set_at: Timestamp;
}

/** Whether an organisation shows its goals and figures on the open page /mal. */
export interface GoalPublicityTable {
  organisation_id: number;
  public: boolean;
  changed_by: number | null;
  changed_at: Timestamp;
}

/** Persons started per organisation and year, kept counted by triggers (migration 0024). */
export interface GoalPersonsStartedTable {
  organisation_id: number;
  year: number;
  started: number;
}

export interface FollowupTables {
  contract: ContractTable;
  contract_commitment: ContractCommitmentTable;
  commitment_report: CommitmentReportTable;
  commitment_reminder: CommitmentReminderTable;
  training_agreement: TrainingAgreementTable;
  training_capacity: TrainingCapacityTable;
  training_place_reminder: TrainingPlaceReminderTable;
  goal_target: GoalTargetTable;
  goal_publicity: GoalPublicityTable;
  goal_persons_started: GoalPersonsStartedTable;
}

/** A work-training agreement (0023): counts, codes and dates, never participants. */
export interface TrainingAgreementTable {
  id: Generated<number>;
  organisation_id: number;
  enterprise_id: number;
  enterprise_orgnr: string;
  enterprise_name: string;
  diary_number: string;
  municipality_code: string;
  starts_on: DateString;
  ends_on: DateString;
  places: number;
  supervisors: number;
  target_groups: Generated<string[]>;
  adaptations: Generated<string[]>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An enterprise's free work-training places, as it last confirmed them (0023). */
export interface TrainingCapacityTable {
  enterprise_id: number;
  free_places: number;
  confirmed_at: Timestamp;
  confirmed_by: number | null;
  /** 'page' (/mitt-foretag) or 'link' (the signed e-mail link). */
  via: string;
}

/** When an enterprise was last asked by e-mail to confirm its free places (0023). */
export interface TrainingPlaceReminderTable {
  enterprise_id: number;
  sent_at: Timestamp;
}
