import assert from 'node:assert/strict';
import { COMMITMENT_RULE } from '../commitment/commitment.rules.js';
import { createContract, followUp, reportFulfilment } from '../contract/contract.service.js';
import type { FollowupContext } from '../db.js';

/**
 * A contract of `buyerOrganisationId` with one placement commitment (two persons, six months),
 * running 2026-09-01–2028-08-31, and a report from its supplier's editor that `started` persons
 * started on `on`: "the supplier reports two starts", as the goal tests tell it.
 */
export async function contractWithStarts(
  ctx: FollowupContext,
  p: {
    buyerOrganisationId: number;
    createdBy: number;
    supplier: { enterpriseId: number; name: string; editorUserId: number };
    on: string;
    started: number;
  },
): Promise<void> {
  const id = await createContract(
    ctx,
    {
      buyerOrganisationId: p.buyerOrganisationId,
      title: 'Städning av förskolor',
      opportunityId: null,
      lotPosition: null,
      supplierEnterpriseId: p.supplier.enterpriseId,
      supplierName: p.supplier.name,
      starts: '2026-09-01',
      ends: '2028-08-31',
      value: null,
      currency: 'SEK',
      reservation: 'social_integration',
      commitments: [
        {
          form: 'placement',
          requirement: 'hard',
          targetGroup: 'långtidsarbetslösa',
          persons: 2,
          months: 6,
          firstStartWithinMonths: COMMITMENT_RULE.firstStartWithinMonths,
          metShare: COMMITMENT_RULE.metShare,
        },
      ],
    },
    p.createdBy,
  );
  const all = await followUp(ctx, { partyOrganisationId: p.buyerOrganisationId }, p.on);
  const commitmentId = all.find((c) => c.contract.id === id)!.commitments[0]!.id;
  const reported = await reportFulfilment(
    ctx,
    { role: 'supplier', userId: p.supplier.editorUserId, enterpriseId: p.supplier.enterpriseId },
    commitmentId,
    { on: p.on, offered: String(p.started), started: String(p.started), personMonths: '0,5' },
  );
  assert.equal(reported.ok, true, JSON.stringify(reported));
}
