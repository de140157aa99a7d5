import { formatDate, formatInteger } from '../../../platform/i18n/format.js';
import { Pagination, ScrollTable } from '../../../platform/views/components.js';
import { Notice } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import type { AwardedLot } from '../../procurement/index.js';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '../commitment/commitment.rules.js';
import { commitmentText } from '../commitment/commitment.text.js';
import { reasonText, StatusTag } from './commitment.views.js';
import {
  CONTRACTS_EXPORT_PATH,
  contractFromLotPath,
  contractPath,
  FOLLOWUP_HOME,
  NEW_CONTRACT_PATH,
} from './contract.paths.js';
import { contractText } from './contract.text.js';
import type { ContractFollowUp } from './contract.types.js';

export interface FollowUpListProps {
  /** The contracts of this page (after the status filter). */
  items: ContractFollowUp[];
  /** How many contracts the filter leaves, on all pages. */
  total: number;
  page: number;
  pageCount: number;
  /** Commitments per status, over all the organisation's contracts. */
  counts: Record<CommitmentStatus, number>;
  status: CommitmentStatus | null;
  /** The awarded lots without a contract shown, and how many there are. */
  awards: { lots: AwardedLot[]; total: number };
  /** False for an account without an organisation: nothing to follow up. */
  hasOrganisation: boolean;
  demo: boolean;
}

/**
 * The buyer's follow-up list (issue 12 §2): every contract of the organisation with each
 * commitment's status and why, the counts per status as links that filter, the awarded lots that
 * still lack a contract, and the way to add one by hand.
 */
export function FollowUpListPage(p: FollowUpListProps) {
  const t = contractText.list;
  return (
    <Layout title={t.title} path={FOLLOWUP_HOME} demo={p.demo}>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      {!p.hasOrganisation ? (
        <Notice>{t.noOrganisation}</Notice>
      ) : (
        <>
          <p class="actions-row">
            <a class="button-link" href={NEW_CONTRACT_PATH}>
              {t.newContract}
            </a>
          </p>
          <nav aria-label={t.counts}>
            <h2>{t.counts}</h2>
            <ul class="badges">
              <li>
                <a href={FOLLOWUP_HOME} aria-current={p.status === null ? 'page' : undefined}>
                  {t.allStatuses}
                </a>
              </li>
              {COMMITMENT_STATUSES.map((s) => (
                <li key={s}>
                  <a href={`${FOLLOWUP_HOME}?status=${s}`} aria-current={p.status === s ? 'page' : undefined}>
                    {commitmentText.status[s]}: {formatInteger(p.counts[s])}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {p.items.length === 0 ? (
            <p>{p.status ? t.noneWithStatus(commitmentText.status[p.status]) : t.empty}</p>
          ) : (
            <>
              <p>{t.shown(formatInteger(p.total))}</p>
              <ContractTable items={p.items} />
              <Pagination
                page={p.page}
                pageCount={p.pageCount}
                href={(n) =>
                  `${FOLLOWUP_HOME}?${new URLSearchParams({ ...(p.status ? { status: p.status } : {}), sida: String(n) }).toString()}`
                }
              />
            </>
          )}
          <p>
            {t.export}: <a href={`${CONTRACTS_EXPORT_PATH}.csv`}>{t.exportCsv}</a>,{' '}
            <a href={`${CONTRACTS_EXPORT_PATH}.xlsx`}>{t.exportXlsx}</a>
          </p>
          {p.awards.lots.length > 0 && (
            <section aria-labelledby="tilldelade">
              <h2 id="tilldelade">{t.awardedTitle}</h2>
              <p>{t.awardedLead}</p>
              <ul>
                {p.awards.lots.map((a) => {
                  const name = a.title === a.opportunityTitle ? a.title : `${a.opportunityTitle}: ${a.title}`;
                  return (
                    <li key={`${a.opportunityId}:${a.position}`}>
                      <a href={contractFromLotPath(a.opportunityId, a.position)}>{t.createFromLot(name)}</a>
                    </li>
                  );
                })}
              </ul>
              {p.awards.total > p.awards.lots.length && <p>{t.moreAwards(p.awards.total - p.awards.lots.length)}</p>}
            </section>
          )}
        </>
      )}
    </Layout>
  );
}

function ContractTable({ items }: { items: ContractFollowUp[] }) {
  const t = contractText.list;
  return (
    <ScrollTable id="avtal-rubrik" caption={t.title}>
      <thead>
        <tr>
          <th scope="col">{t.contract}</th>
          <th scope="col">{t.supplier}</th>
          <th scope="col">{t.period}</th>
          <th scope="col">{t.commitments}</th>
        </tr>
      </thead>
      <tbody>
        {items.map(({ contract: c, commitments }) => (
          <tr key={c.id}>
            <th scope="row">
              <a href={contractPath(c.id)}>{c.title}</a>
            </th>
            <td>{c.supplierName}</td>
            <td>
              {formatDate(c.starts)} – {formatDate(c.ends)}
            </td>
            <td>
              {commitments.length === 0
                ? t.noCommitment
                : commitments.map((m) => (
                    <p key={m.id} class="commitment-line">
                      <StatusTag verdict={m.verdict} /> {reasonText(m.verdict)}
                    </p>
                  ))}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
