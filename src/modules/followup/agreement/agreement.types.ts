import type { AdaptationCode, TargetGroupCode } from './agreement.choices.js';

/**
 * A work-training agreement (issue 12 §4): an organisation (samordningsförbund or labour-market
 * unit) and an enterprise of the register as *anordnare*, with the diary number, the period, the
 * places and what they are for. Counts and codes only: nothing about participants, and the
 * supervisors as a number.
 */
export interface AgreementTerms {
  diaryNumber: string;
  /** Four-digit kommun code of where the places are. */
  municipalityCode: string;
  /** 'YYYY-MM-DD', both days included. */
  starts: string;
  ends: string;
  places: number;
  supervisors: number;
  targetGroups: TargetGroupCode[];
  adaptations: AdaptationCode[];
}

export interface Agreement extends AgreementTerms {
  id: number;
  organisationId: number;
  organisationName: string;
  enterprise: { id: number; orgnr: string; name: string };
  createdAt: Date;
  updatedAt: Date;
}

/** Whether an agreement is in force on a day: not yet, now, or no longer. */
export type PeriodStatus = 'coming' | 'current' | 'ended';

export function periodStatus(a: Pick<AgreementTerms, 'starts' | 'ends'>, today: string): PeriodStatus {
  if (today < a.starts) return 'coming';
  return today > a.ends ? 'ended' : 'current';
}
