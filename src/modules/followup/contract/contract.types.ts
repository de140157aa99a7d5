import type { ReservationKind } from '../../procurement/index.js';
import type { Commitment, FulfilmentReport, StatusVerdict } from '../commitment/commitment.rules.js';

/** A contract with employment-promoting commitments (issue 12 §1). */
export interface Contract {
  id: number;
  buyerOrganisationId: number;
  title: string;
  /** The awarded opportunity and lot, when it came from one. */
  opportunityId: number | null;
  lotPosition: number | null;
  /** An enterprise of the register, or null for a supplier outside it (then only the name). */
  supplierEnterpriseId: number | null;
  supplierName: string;
  starts: string;
  ends: string;
  value: number | null;
  currency: string;
  reservation: ReservationKind | null;
  /** Entered by hand, made from an awarded lot on the buyer's follow-up page, or read from an award notice. */
  source: 'manual' | 'award' | 'award_notice';
  /** The labour-market unit (AME, samordningsförbund) that reports too, and its name. */
  labourMarket: { organisationId: number; name: string } | null;
  /** The user who entered it (the reminders tell them too), null once that account is gone. */
  createdBy: number | null;
}

export type NewContract = Omit<Contract, 'id' | 'source' | 'createdBy' | 'labourMarket'> & {
  labourMarketOrganisationId?: number | null;
  source?: Contract['source'];
  commitments: Commitment[];
};

/** One report as the contract's page lists it: the counts, who reported, the note. */
export interface ReportEntry extends FulfilmentReport {
  by: Reporter['role'];
  note: string;
}

/** A commitment with where it stands on a day, and (on the contract's own page) what was reported. */
export interface CommitmentFollowUp {
  id: number;
  commitment: Commitment;
  /** Empty in lists, which add the reports up in the database. */
  reports: ReportEntry[];
  verdict: StatusVerdict;
  /** The day the first person must have started. */
  firstStartBy: string;
}

export interface ContractFollowUp {
  contract: Contract;
  commitments: CommitmentFollowUp[];
}

/** Who reports: the supplier (its editors), the buyer (its organisation), the labour-market unit named on the contract. */
export type Reporter =
  | { role: 'supplier'; userId: number; enterpriseId: number }
  | { role: 'buyer' | 'labour_market'; userId: number; organisationId: number };
