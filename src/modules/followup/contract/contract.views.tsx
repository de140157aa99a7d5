import type { FieldError } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/form.js';
import { formatDate, formatDecimal, formatInteger, formatPercent } from '../../../platform/i18n/format.js';
import { ErrorSummary, Fact, ScrollTable } from '../../../platform/views/components.js';
import { Notice } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { opportunityPath, reservationText } from '../../procurement/index.js';
import { personMonthsNeeded } from '../commitment/commitment.rules.js';
import { reasonText, ReportForm, StatusTag, Totals } from './commitment.views.js';
import { reportPath } from './contract.paths.js';
import { contractText } from './contract.text.js';
import type { CommitmentFollowUp, ContractFollowUp } from './contract.types.js';

export interface ContractPageProps {
  f: ContractFollowUp;
  /** This page's address (the buyer's or the supplier's); reports are posted below it. */
  path: string;
  /** The menu item the page belongs to, and the way back. */
  navPath: string;
  back: { href: string; label: string };
  notice: 'saved' | 'reported' | null;
  /** Where its buyer changes it; null for the supplier and the labour-market unit. */
  changeHref: string | null;
  /** A refused report: which commitment, what was typed, what was wrong. */
  refused: { commitmentId: number; values: FormValues; errors: FieldError[] } | null;
  demo: boolean;
}

/**
 * One contract as its parties see it: the facts, and for each commitment its status and why, the
 * totals, every report, and the form to report more (the supplier, the buyer alike).
 */
export function ContractPage(p: ContractPageProps) {
  const t = contractText.page;
  const c = p.f.contract;
  return (
    <Layout title={c.title} path={p.navPath} demo={p.demo}>
      {p.refused && <ErrorSummary errors={p.refused.errors} fieldIds={fieldIdsOf(p.refused.commitmentId)} />}
      <p class="breadcrumb">
        <a href={p.back.href}>{p.back.label}</a>
      </p>
      <h1>{c.title}</h1>
      {p.notice && <Notice>{p.notice === 'saved' ? t.saved : t.reportSaved}</Notice>}
      <dl class="facts">
        <Fact term={t.supplier}>
          {c.supplierName}
          {c.supplierEnterpriseId === null && ` (${t.outsideRegister})`}
        </Fact>
        <Fact term={t.period}>
          {formatDate(c.starts)} – {formatDate(c.ends)}
        </Fact>
        {c.value !== null && <Fact term={t.value}>{formatMoney(c.value, c.currency)}</Fact>}
        {c.reservation && <Fact term={t.reservation}>{reservationText.kinds[c.reservation]}</Fact>}
        {c.labourMarket && <Fact term={t.labourMarket}>{c.labourMarket.name}</Fact>}
        <Fact term={t.source}>{t.sources[c.source]}</Fact>
        {c.opportunityId !== null && (
          <Fact term={t.awardedFrom}>
            <a href={opportunityPath(c.opportunityId)}>{t.seeOpportunity}</a>
          </Fact>
        )}
      </dl>
      {p.changeHref && (
        <p>
          <a href={p.changeHref}>{t.change}</a>
        </p>
      )}
      {p.f.commitments.length > 0 && <p>{c.labourMarket ? t.whoReportsWith(c.labourMarket.name) : t.whoReports}</p>}
      {p.f.commitments.map((m, i) => (
        <CommitmentSection key={m.id} m={m} n={i + 1} path={p.path} refused={p.refused} />
      ))}
    </Layout>
  );
}

const fieldIdsOf = (commitmentId: number): Record<string, string> =>
  Object.fromEntries(
    ['on', 'offered', 'started', 'completed', 'becameEmployment', 'personMonths', 'note', 'form'].map((f) => [
      f,
      `a${commitmentId}-${f === 'form' ? 'on' : f}`,
    ]),
  );

/** 1 200 000 kr; another currency by its code. */
const formatMoney = (n: number, currency: string) =>
  currency === 'SEK' ? `${formatInteger(n)} kr` : `${formatInteger(n)} ${currency}`;

function CommitmentSection({
  m,
  n,
  path,
  refused,
}: {
  m: CommitmentFollowUp;
  n: number;
  path: string;
  refused: ContractPageProps['refused'];
}) {
  const t = contractText.page;
  const c = m.commitment;
  const headingId = `atagande-${m.id}`;
  const mine = refused?.commitmentId === m.id ? refused : null;
  return (
    <section aria-labelledby={headingId} class="commitment">
      <h2 id={headingId}>
        {t.commitment(n)}: {contractText.forms[c.form]}
      </h2>
      <p>
        <StatusTag verdict={m.verdict} /> {reasonText(m.verdict)}
      </p>
      <dl class="facts">
        <Fact term={t.agreed}>
          {t.agreedText(c.persons, c.months)}, {c.targetGroup} ({contractText.requirements[c.requirement]})
        </Fact>
        <Fact term={t.firstStartBy}>{formatDate(m.firstStartBy)}</Fact>
        <Fact term={t.metAt}>
          {t.metAtText(formatDecimal(personMonthsNeeded(c)), c.persons * c.months, formatPercent(c.metShare))}
        </Fact>
      </dl>
      <h3>{t.reported}</h3>
      <Totals totals={m.verdict.totals} />
      {m.reports.length === 0 ? <p>{t.noReports}</p> : <Reports m={m} />}
      <details open={mine !== null}>
        <summary>{t.reportTitle}</summary>
        <ReportForm
          action={reportPath(path, m.id)}
          idPrefix={`a${m.id}`}
          values={mine?.values ?? {}}
          errors={mine?.errors ?? []}
        />
      </details>
    </section>
  );
}

function Reports({ m }: { m: CommitmentFollowUp }) {
  const t = contractText.page;
  const n = contractText.totals;
  return (
    <ScrollTable id={`rapporter-${m.id}`} caption={t.reportsCaption}>
      <thead>
        <tr>
          <th scope="col">{t.on}</th>
          <th scope="col">{n.offered}</th>
          <th scope="col">{n.started}</th>
          <th scope="col">{n.completed}</th>
          <th scope="col">{n.becameEmployment}</th>
          <th scope="col">{n.personMonths}</th>
          <th scope="col">{t.by}</th>
        </tr>
      </thead>
      <tbody>
        {m.reports.map((r, i) => (
          <tr key={i}>
            <th scope="row">
              {formatDate(r.on)}
              {r.note && <p class="hint">{r.note}</p>}
            </th>
            <td>{formatInteger(r.offered)}</td>
            <td>{formatInteger(r.started)}</td>
            <td>{formatInteger(r.completed)}</td>
            <td>{formatInteger(r.becameEmployment)}</td>
            <td>{formatDecimal(r.personMonths)}</td>
            <td>{t.reporters[r.by]}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
