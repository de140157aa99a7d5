import { useRequestView } from '../../../platform/views/request-context.js';
import { interestPath } from '../opportunity/opportunity.paths.js';
import { formatDate, formatInteger, formatLongDateTime } from '../../../platform/i18n/format.js';
import { Fact, Time } from '../../../platform/views/components.js';
import { Notice } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { analysisPathForLot } from '../analysis/analysis.params.js';
import {
  clauseText,
  cpvName,
  lotHeading,
  periodText,
  placeNames,
  reservationName,
  valueText,
  whenParts,
} from '../opportunity/opportunity.format.js';
import {
  isAnswerable,
  type FieldChange,
  type Lot,
  type Opportunity,
  type OpportunityChange,
  type OpportunityStatus,
} from '../opportunity/opportunity.types.js';
import { opportunityText } from '../opportunity/opportunity.text.js';
import type { ReservationKind } from '../reservation/reservation.rules.js';
import { LIST_PATH, opportunityPath } from './listing.views.js';
import { listingText } from './listing.text.js';

/** The page of one opportunity: what, who, when, its lots, and every change since it was published. */
/**
 * An enterprise's editor shows interest, or finds partners for a joint bid, from here. A component
 * of its own: the signed-in user is known while the page renders, not when DetailPage is called.
 */
function InterestLink({ id }: { id: number }) {
  const { user } = useRequestView();
  if (user?.role !== 'enterprise_editor' || user.enterpriseId === null) return null;
  return (
    <p>
      <a href={interestPath(id)}>{listingText.detail.showInterest}</a>
    </p>
  );
}

export function DetailPage({
  o,
  changes,
  demo,
  editPath,
  now,
}: {
  o: Opportunity;
  changes: OpportunityChange[];
  demo: boolean;
  /** Where the buyer changes it, when the reader may. */
  editPath: string | null;
  now: Date;
}) {
  const t = listingText.detail;
  const f = opportunityText.fields;
  const when = whenParts(o);
  const ended = o.status === 'closed' || o.status === 'awarded' || o.status === 'cancelled';
  // Published, every deadline and the meeting behind us (an old notice read in): nothing left to answer.
  const answerable = isAnswerable(o, now);
  const passed = !ended && !answerable;
  return (
    <Layout title={o.title} path={LIST_PATH} demo={demo}>
      <p class="breadcrumb">
        <a href={LIST_PATH}>{t.back}</a>
      </p>
      <h1 lang={o.textLanguage}>{o.title}</h1>
      <p class="lead">
        {opportunityText.kinds[o.kind]} · {o.buyerName}
      </p>
      {ended && <Notice>{t.statusNotice[o.status as 'closed' | 'awarded' | 'cancelled']}</Notice>}
      {passed && <Notice>{t.passed}</Notice>}
      {editPath && (
        <p>
          <a href={editPath}>{opportunityText.edit}</a>
        </p>
      )}
      {answerable && <InterestLink id={o.id} />}
      {/* The buyer's own words, in their language (Swedish, or a foreign notice's) on any page. */}
      {o.description && (
        <div lang={o.textLanguage} class="description">
          {o.description.split(/\n{2,}/).map((p) => (
            <p>{p}</p>
          ))}
        </div>
      )}
      <h2>{t.about}</h2>
      <dl class="facts">
        {when && <Fact term={when.label}>{when.value}</Fact>}
        <Fact term={t.buyer}>{o.buyerName}</Fact>
        {(o.contactName || o.contactEmail || o.contactPhone) && (
          <Fact term={t.contact}>
            {[o.contactName, o.contactPhone].filter(Boolean).join(', ')}
            {o.contactEmail && (
              <>
                {o.contactName || o.contactPhone ? ', ' : ''}
                <a href={`mailto:${o.contactEmail}`}>{o.contactEmail}</a>
              </>
            )}
          </Fact>
        )}
        {o.kind === 'dialogue' && o.meetingPlace && <Fact term={f.meetingPlace}>{o.meetingPlace}</Fact>}
        {o.aimedAtLocal && <Fact term={f.aimedAtLocal}>{opportunityText.yes}</Fact>}
        <Fact term={f.status}>{opportunityText.statuses[o.status]}</Fact>
      </dl>
      <p class="actions-row">
        {o.noticeUrl && <a href={o.noticeUrl}>{t.notice}</a>}
        {o.meetingLink && <a href={o.meetingLink}>{t.meetingLink}</a>}
        {(o.closesAt || o.meetingAt) && !passed && !ended && (
          <a href={`${opportunityPath(o.id)}/kalender.ics`}>{t.calendar}</a>
        )}
      </p>
      <h2>{t.lotsHeading}</h2>
      {o.lots.map((lot) => (
        <LotSection lot={lot} language={o.textLanguage} />
      ))}
      <History changes={changes} />
    </Layout>
  );
}

function LotSection({ lot, language }: { lot: Lot; language: string }) {
  const t = listingText.detail;
  const f = opportunityText.fields;
  const analysis = analysisPathForLot(lot);
  const value = valueText(lot);
  const period = periodText(lot);
  return (
    <section class="lot" aria-labelledby={`delomrade-${lot.position}`}>
      <h3 id={`delomrade-${lot.position}`}>{lotHeading(lot)}</h3>
      {lot.description && <p lang={language}>{lot.description}</p>}
      <dl class="facts">
        {lot.mainCpv && <Fact term={f.mainCpv}>{cpvName(lot.mainCpv)}</Fact>}
        {lot.additionalCpv.length > 0 && (
          <Fact term={f.additionalCpv}>{lot.additionalCpv.map(cpvName).join('; ')}</Fact>
        )}
        {placeNames(lot).length > 0 && <Fact term={f.place}>{placeNames(lot).join(', ')}</Fact>}
        {value && <Fact term={f.estimatedValue}>{value}</Fact>}
        {period && <Fact term={f.contractMonths}>{period}</Fact>}
        {lot.deadlineAt && <Fact term={f.deadline}>{formatLongDateTime(lot.deadlineAt)}</Fact>}
        <Fact term={f.reservation}>
          {lot.reservation ? reservationName(lot.reservation) : opportunityText.noReservation}
        </Fact>
        {lot.reservationReason && (
          <Fact term={f.reservationReason}>
            <span lang={language}>{lot.reservationReason}</span>
          </Fact>
        )}
        {lot.employmentClause && <Fact term={f.employmentClause}>{clauseText(lot.employmentClause)}</Fact>}
      </dl>
      {analysis && (
        <p>
          <a href={analysis}>{t.marketAnalysis}</a>
        </p>
      )}
    </section>
  );
}

/** Every change since publishing, oldest first, each field with what it was and what it became. */
function History({ changes }: { changes: OpportunityChange[] }) {
  const t = listingText.detail;
  const shown = changes.filter((c) => c.kind !== 'created');
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="andringar">
      <h2 id="andringar">{t.historyHeading}</h2>
      <ol class="history">
        {shown.map((c) => (
          <li>
            <Time at={c.at} /> {t.historyKinds[c.kind]}
            {c.changes.length > 0 && (
              <ul>
                {c.changes.map((fc) => (
                  <li>{changeText(fc)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** 'Delområde 2, Sista dag för anbud: 15 mars 2027 12:00 → 22 mars 2027 12:00'. */
export function changeText(c: FieldChange): string {
  const t = listingText.detail;
  const prefix = c.lot !== undefined ? `${t.lotPrefix(c.lot)}` : '';
  if (c.field === 'lot') return `${prefix}: ${c.after === null ? t.lotRemoved : t.lotAdded} (${c.after ?? c.before})`;
  const label = opportunityText.fields[c.field as keyof typeof opportunityText.fields] ?? c.field;
  const shown = (v: string | null) => (v === null || v === '' ? t.empty : shownValue(c.field, v));
  return `${prefix ? `${prefix}, ` : ''}${label}: ${shown(c.before)} → ${shown(c.after)}`;
}

function shownValue(field: string, v: string): string {
  const o = opportunityText;
  switch (field) {
    case 'deadline':
    case 'meeting':
      return formatLongDateTime(new Date(v));
    case 'expectedQuarter': {
      const [year, quarter] = v.split('-');
      return o.quarter(year!, quarter!);
    }
    case 'status':
      return o.statuses[v as OpportunityStatus] ?? v;
    case 'aimedAtLocal':
      return v === 'true' ? o.yes : o.no;
    case 'place':
      return v
        .split(', ')
        .map((code) => countyByCode(code)?.name ?? municipalityByCode(code)?.shortName ?? code)
        .join(', ');
    case 'mainCpv':
    case 'additionalCpv':
      return v.split(', ').map(cpvName).join('; ');
    case 'estimatedValue':
      return o.kronor(formatInteger(Number(v)));
    case 'contractMonths':
      return o.months(Number(v));
    case 'contractStart':
      return formatDate(v);
    case 'reservation':
      return reservationName(v as ReservationKind);
    case 'employmentClause':
      return clauseText(JSON.parse(v));
    default:
      return v.length > 200 ? `${v.slice(0, 197)}…` : v;
  }
}
