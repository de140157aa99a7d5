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
  reservation: string | null;
  source: 'manual' | 'award_notice';
}

export type NewContract = Omit<Contract, 'id' | 'source'> & {
  source?: Contract['source'];
  commitments: Commitment[];
};

/** A commitment with what was reported and where it stands on a day. */
export interface CommitmentFollowUp {
  id: number;
  commitment: Commitment;
  reports: FulfilmentReport[];
  verdict: StatusVerdict;
}

export interface ContractFollowUp {
  contract: Contract;
  commitments: CommitmentFollowUp[];
}

/** Who reports: the supplier (its editors), the buyer (its organisation's buyers). */
export type Reporter =
  | { role: 'supplier'; userId: number; enterpriseId: number }
  | { role: 'buyer'; userId: number; organisationId: number };
