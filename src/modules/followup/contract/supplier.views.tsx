import { formatDate } from '../../../platform/i18n/format.js';
import { Layout } from '../../../platform/views/layout.js';
import { reasonText, StatusTag } from './commitment.views.js';
import { supplierContractPath } from './contract.paths.js';
import { contractText } from './contract.text.js';
import type { ContractFollowUp } from './contract.types.js';

/** The supplier's contracts with commitments, each with its status and the way to report. */
function SupplierContracts({ items, level }: { items: ContractFollowUp[]; level: 'h2' | 'h3' }) {
  const t = contractText.supplier;
  const H = level;
  return (
    <ul class="result-list">
      {items.map(({ contract: c, commitments }) => (
        <li key={c.id}>
          <H>
            <a href={supplierContractPath(c.id)}>{t.open(c.title)}</a>
          </H>
          <p>
            {formatDate(c.starts)} – {formatDate(c.ends)}
          </p>
          {commitments.map((m) => (
            <p key={m.id}>
              <StatusTag verdict={m.verdict} /> {reasonText(m.verdict)}
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** The section on /mitt-foretag: shown only to a supplier that has commitments to report on. */
export function SupplierSection({ items }: { items: ContractFollowUp[] }) {
  const t = contractText.supplier;
  return (
    <section aria-labelledby="avtal-att-rapportera">
      <h2 id="avtal-att-rapportera">{t.sectionTitle}</h2>
      <p>{t.sectionLead}</p>
      <SupplierContracts items={items} level="h3" />
    </section>
  );
}

/** /mitt-foretag/avtal: the same list on a page of its own (the reminder mail links here). */
export function SupplierContractsPage({ items, demo }: { items: ContractFollowUp[]; demo: boolean }) {
  const t = contractText.supplier;
  return (
    <Layout title={t.title} path="/mitt-foretag" demo={demo}>
      <p class="breadcrumb">
        <a href="/mitt-foretag">{t.back}</a>
      </p>
      <h1>{t.title}</h1>
      <p class="lead">{t.sectionLead}</p>
      {items.length === 0 ? <p>{t.none}</p> : <SupplierContracts items={items} level="h2" />}
    </Layout>
  );
}
