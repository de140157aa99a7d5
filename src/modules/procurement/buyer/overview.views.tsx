import type { FieldError } from '../../../platform/http/errors.js';
import { formatDateTime, formatInteger } from '../../../platform/i18n/format.js';
import { ErrorSummary, Fact, ScrollTable } from '../../../platform/views/components.js';
import { Button, ChoiceGroup, fieldError, Notice, PostForm, TextArea } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import type { MarketAnalysis } from '../analysis/analysis.service.js';
import { opportunityPath } from '../listing/listing.views.js';
import type { CheckFinding } from '../opportunity/opportunity.checks.js';
import {
  lotHeading,
  clauseText,
  cpvName,
  placeNames,
  reservationName,
  valueText,
  whenParts,
  whenText,
} from '../opportunity/opportunity.format.js';
import {
  endingsFrom,
  ENDING_STATUSES,
  isFinal,
  type EndingStatus,
  type Opportunity,
} from '../opportunity/opportunity.types.js';
import { opportunityText } from '../opportunity/opportunity.text.js';
import { basicsPath, BUYER_HOME, endPath, lotPath, matchesPath, overviewPath } from './buyer.paths.js';
import type { LotMatches } from '../matching/matching.service.js';
import { LotMatchesSummary } from '../matching/matching.views.js';
import type { BuyerInterest } from '../interest/interest.service.js';
import { interestText } from '../interest/interest.text.js';
import { BuyerInterestSummary } from '../interest/interest.views.js';
import { buyerText } from './buyer.text.js';
import { Findings } from './lot.views.js';

export interface OverviewProps {
  o: Opportunity;
  findings: CheckFinding[];
  /** Per lot (by position): who could deliver it, per kommun, for the split-or-not question. */
  supply: Map<number, MarketAnalysis>;
  /** Per lot, in order: the enterprises that match it, best first. */
  matches: LotMatches[];
  /** Who showed interest, per lot, and who comes to the meeting. */
  interest: BuyerInterest;
  /** 'YYYY-MM-DD': the day the matches' figures are judged on. */
  today: string;
  /** The publish form's answers as typed (after a refused publish). */
  answers?: Record<string, string>;
  errors?: FieldError[];
  notice?: 'published' | 'saved' | EndingStatus | null;
  demo: boolean;
}

/**
 * One opportunity as its buyer works on it: the facts, each lot with what the rules say, who
 * could deliver per kommun, and the publish form (which asks why a procurement is not divided,
 * and whether a dialogue was held), or once published the ways to end it.
 */
export function OverviewPage(p: OverviewProps) {
  const t = buyerText.overview;
  const { o } = p;
  const f = opportunityText.fields;
  const when = whenParts(o);
  return (
    <Layout title={o.title} path={BUYER_HOME} demo={p.demo}>
      <p class="breadcrumb">
        <a href={BUYER_HOME}>{buyerText.own.title}</a>
      </p>
      <ErrorSummary errors={p.errors ?? []} fieldIds={{}} />
      <h1>{o.title}</h1>
      {p.notice === 'published' && <Notice>{t.published}</Notice>}
      {p.notice === 'saved' && <Notice>{t.saved}</Notice>}
      {p.notice && (ENDING_STATUSES as readonly string[]).includes(p.notice) && (
        <Notice>{t.ended[p.notice as EndingStatus]}</Notice>
      )}
      <p class="lead">
        {opportunityText.kinds[o.kind]} · {opportunityText.statuses[o.status]}. {t.lead[o.status]}
      </p>
      {o.status !== 'draft' && (
        <p>
          <a href={opportunityPath(o.id)}>{t.view}</a>
        </p>
      )}
      <h2 id="uppgifter">{t.basicsHeading}</h2>
      <dl class="facts">
        <Fact term={f.buyerName}>{o.buyerName || '–'}</Fact>
        {when && <Fact term={when.label}>{when.value}</Fact>}
        <Fact term={f.contactName}>
          {[o.contactName, o.contactEmail, o.contactPhone].filter(Boolean).join(', ') || '–'}
        </Fact>
      </dl>
      {!isFinal(o.status) && (
        <p>
          <a href={basicsPath(o.id)}>{t.editBasics}</a>
        </p>
      )}
      {o.meetingAt && p.interest.meeting.enterprises > 0 && (
        <p>{interestText.buyer.meeting(p.interest.meeting.enterprises, p.interest.meeting.persons)}</p>
      )}
      <h2>{t.lotsHeading}</h2>
      {o.lots.length === 0 && <p>{t.noLots}</p>}
      {o.lots.map((lot) => (
        <section class="lot" aria-labelledby={`lot-${lot.position}`}>
          <h3 id={`lot-${lot.position}`}>{lotHeading(lot)}</h3>
          <dl class="facts">
            <Fact term={f.mainCpv}>{lot.mainCpv ? cpvName(lot.mainCpv) : '–'}</Fact>
            <Fact term={f.place}>{placeNames(lot).join(', ') || '–'}</Fact>
            {valueText(lot) && <Fact term={f.estimatedValue}>{valueText(lot)}</Fact>}
            <Fact term={f.reservation}>
              {lot.reservation ? reservationName(lot.reservation) : opportunityText.noReservation}
            </Fact>
            {lot.employmentClause && <Fact term={f.employmentClause}>{clauseText(lot.employmentClause)}</Fact>}
          </dl>
          {!isFinal(o.status) && (
            <p>
              <a href={lotPath(o.id, lot.position)}>{t.editLot(lot.position)}</a>
            </p>
          )}
          <Supply position={lot.position} analysis={p.supply.get(lot.position)} />
          <section aria-labelledby={`intresse-${lot.position}`}>
            <h4 id={`intresse-${lot.position}`}>{interestText.buyer.heading}</h4>
            <BuyerInterestSummary entry={p.interest.perLot.get(lot.position)!} />
          </section>
          <LotMatchesSummary
            entry={p.matches.find((m) => m.lot.position === lot.position)}
            today={p.today}
            allHref={matchesPath(o.id)}
          />
        </section>
      ))}
      {o.status === 'draft' && (
        <p>
          <a href={lotPath(o.id, null)} class="button-link">
            {t.addLot}
          </a>
        </p>
      )}
      {o.status === 'draft' ? <PublishForm {...p} /> : <EndForm o={o} />}
    </Layout>
  );
}

function Supply({ position, analysis }: { position: number; analysis: MarketAnalysis | undefined }) {
  const t = buyerText.overview;
  if (!analysis) return <p class="hint">{t.supplyNone}</p>;
  // A lot in a few kommuner shows each, none left out; a whole län only those with anyone to deliver.
  const all = analysis.perMunicipality;
  const rows = all.length <= 12 ? all : all.filter((m) => m.total > 0);
  return (
    <>
      <p>{t.supplyLead}</p>
      <ScrollTable id={`supply-${position}`} caption={t.supplyCaption(position)}>
        <thead>
          <tr>
            <th scope="col">{t.supplyColumns.municipality}</th>
            <th scope="col" class="num">
              {t.supplyColumns.total}
            </th>
            <th scope="col" class="num">
              {t.supplyColumns.eligible}
            </th>
          </tr>
        </thead>
        <tbody>
          {(rows.length > 0 ? rows : all.slice(0, 1)).map((m) => (
            <tr>
              <th scope="row">{m.name}</th>
              <td class="num">{formatInteger(m.total)}</td>
              <td class="num">{formatInteger(m.eligible)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}

function PublishForm({ o, findings, answers, errors = [] }: OverviewProps) {
  const t = buyerText.overview;
  const blocking = findings.filter((x) => x.severity === 'error');
  const warnings = findings.filter((x) => x.severity === 'warning');
  const single = (o.kind === 'advertised' || o.kind === 'direct') && o.lots.length === 1;
  const value = (field: string, saved: string | null) => answers?.[field] ?? saved ?? '';
  const held = answers?.dialogueHeld ?? (o.dialogueHeld === null ? '' : o.dialogueHeld ? 'yes' : 'no');
  return (
    <section aria-labelledby="publicera">
      <h2 id="publicera">{t.publishHeading}</h2>
      <Findings heading={t.findingsHeading} findings={blocking} kind="error" />
      <Findings heading={buyerText.lot.warningsHeading} findings={warnings} kind="warning" />
      <PostForm action={`${overviewPath(o.id)}/publicera`} class="narrow">
        {single && (
          <TextArea
            id="noLotsReason"
            label={t.noLotsReason}
            hint={t.noLotsReasonHint}
            value={value('noLotsReason', o.noLotsReason)}
            error={fieldError(errors, 'noLotsReason')}
            rows={3}
            maxLength={2000}
          />
        )}
        {o.kind === 'advertised' && (
          <>
            <ChoiceGroup
              id="dialogueHeld"
              legend={t.dialogueLegend}
              type="radio"
              options={[
                { value: 'yes', label: t.dialogueYes },
                { value: 'no', label: t.dialogueNo },
              ]}
              selected={[held]}
              error={fieldError(errors, 'dialogueHeld')}
            />
            <TextArea
              id="noDialogueReason"
              label={t.noDialogueReason}
              value={value('noDialogueReason', o.noDialogueReason)}
              error={fieldError(errors, 'noDialogueReason')}
              rows={3}
              maxLength={2000}
            />
          </>
        )}
        <Button>{t.publish}</Button>
      </PostForm>
    </section>
  );
}

function EndForm({ o }: { o: Opportunity }) {
  const t = buyerText.overview;
  const choices = endingsFrom(o.status);
  if (choices.length === 0) return null;
  return (
    <section aria-labelledby="avsluta">
      <h2 id="avsluta">{t.endHeading}</h2>
      <div class="actions-row">
        {choices.map((status) => (
          <a href={endPath(o.id, status)}>{t.end[status]}</a>
        ))}
      </div>
    </section>
  );
}

/** The buyer's list: their organisation's opportunities, drafts first by last change. */
export function OwnPage({ items, demo }: { items: Opportunity[]; demo: boolean }) {
  const t = buyerText.own;
  return (
    <Layout title={t.title} path={BUYER_HOME} demo={demo}>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <p class="actions-row">
        <a href={`${BUYER_HOME}/ny`} class="button-link">
          {t.create}
        </a>
        <a href={`${BUYER_HOME}/annonser`}>{t.readNotices}</a>
      </p>
      {items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ScrollTable id="egna" caption={t.caption}>
          <thead>
            <tr>
              <th scope="col">{t.columns.title}</th>
              <th scope="col">{t.columns.kind}</th>
              <th scope="col">{t.columns.status}</th>
              <th scope="col">{t.columns.when}</th>
              <th scope="col">{t.columns.changed}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((o) => (
              <tr>
                <th scope="row">
                  <a href={overviewPath(o.id)}>{o.title}</a>
                </th>
                <td>{opportunityText.kinds[o.kind]}</td>
                <td>{opportunityText.statuses[o.status]}</td>
                <td>{whenText(o) ?? '–'}</td>
                <td>{formatDateTime(o.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </Layout>
  );
}
