import type { FieldError } from '../../../platform/http/errors.js';
import { formatDateTime } from '../../../platform/i18n/format.js';
import { ErrorSummary, ScrollTable } from '../../../platform/views/components.js';
import {
  Button,
  CheckboxField,
  fieldError,
  Notice,
  PostForm,
  TextArea,
  TextField,
} from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { opportunityPath } from '../listing/listing.views.js';
import { lotHeading } from '../opportunity/opportunity.format.js';
import { interestPath } from '../opportunity/opportunity.paths.js';
import type { Lot } from '../opportunity/opportunity.types.js';
import type { EnterpriseInterest, Interested, JointView, LotInterestCount } from './interest.service.js';
import { interestText } from './interest.text.js';

export type InterestNotice = 'saved' | 'withdrawn' | 'sent' | 'answered';

/** What was typed in a refused form, to show again: which form (lot and action) and its fields. */
export interface Typed {
  lot: number | null;
  action: string;
  values: Record<string, string>;
  errors: FieldError[];
}

function InterestForm({
  id,
  lot,
  own,
  typed,
}: {
  id: number;
  lot: Lot;
  own: Interested | undefined;
  typed: Typed | null;
}) {
  const t = interestText;
  const mine = typed?.lot === lot.position && typed.action === 'save' ? typed : null;
  const value = (field: string, saved: string | boolean | undefined) =>
    mine ? mine.values[field] : typeof saved === 'boolean' ? (saved ? '1' : '') : (saved ?? '');
  const p = `delomrade-${lot.position}`;
  return (
    <PostForm action={interestPath(id)}>
      <input type="hidden" name="lot" value={String(lot.position)} />
      <TextArea
        id={`${p}-message`}
        name="message"
        label={t.message}
        hint={t.messageHint}
        error={mine ? fieldError(mine.errors, 'message') : undefined}
        value={value('message', own?.message)}
        rows={3}
        maxLength={500}
      />
      <CheckboxField
        id={`${p}-showBuyer`}
        name="showBuyer"
        label={t.showBuyer}
        hint={t.showBuyerHint}
        checked={value('showBuyer', own ? own.showBuyer : true) === '1'}
      />
      <CheckboxField
        id={`${p}-jointBid`}
        name="jointBid"
        label={t.jointBid}
        hint={t.jointBidHint}
        checked={value('jointBid', own?.jointBid ?? false) === '1'}
      />
      <div class="buttons">
        <Button name="action" value="save">
          {own ? t.update : t.save}
        </Button>
        {own && (
          <Button name="action" value="withdraw" secondary>
            {t.withdraw}
          </Button>
        )}
      </div>
    </PostForm>
  );
}

function Partners({ id, lot, partners, typed }: { id: number; lot: Lot; partners: Interested[]; typed: Typed | null }) {
  const t = interestText;
  return (
    <section aria-labelledby={`partner-${lot.position}`}>
      <h3 id={`partner-${lot.position}`}>{t.partners}</h3>
      {partners.length === 0 ? (
        <p>{t.noPartners}</p>
      ) : (
        <ul class="partners">
          {partners.map((partner) => {
            const mine =
              typed?.action === 'contact' &&
              typed.lot === lot.position &&
              typed.values.partner === String(partner.enterpriseId)
                ? typed
                : null;
            return (
              <li>
                <p>
                  <a href={`/foretag/${partner.orgnr}`} lang="sv">
                    {partner.name}
                  </a>
                </p>
                {partner.message && (
                  <p class="message" lang="sv">
                    {partner.message}
                  </p>
                )}
                <PostForm action={interestPath(id)}>
                  <input type="hidden" name="lot" value={String(lot.position)} />
                  <input type="hidden" name="partner" value={String(partner.enterpriseId)} />
                  <TextArea
                    id={`kontakt-${lot.position}-${partner.enterpriseId}`}
                    name="message"
                    label={t.contact(partner.name)}
                    hint={t.contactHint}
                    error={mine ? fieldError(mine.errors, 'message') : undefined}
                    value={mine?.values.message ?? ''}
                    rows={3}
                    maxLength={2000}
                  />
                  <Button name="action" value="contact">
                    {t.send}
                  </Button>
                </PostForm>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Joint({ lot, joint }: { lot: Lot; joint: JointView }) {
  const t = interestText.joint;
  const list = (xs: string[]) => (xs.length > 0 ? xs.join(', ') : t.none);
  return (
    <section aria-labelledby={`gemensamt-${lot.position}`}>
      <h3 id={`gemensamt-${lot.position}`}>{t.heading}</h3>
      <ScrollTable id={`gemensamt-tabell-${lot.position}`} caption={t.caption}>
        <thead>
          <tr>
            <th scope="col">{t.columns.name}</th>
            <th scope="col">{t.columns.codes}</th>
            <th scope="col">{t.columns.places}</th>
            <th scope="col">{t.columns.employees}</th>
          </tr>
        </thead>
        <tbody>
          {joint.members.map((m) => (
            <tr>
              <th scope="row" lang="sv">
                {m.name}
              </th>
              <td>{list(m.codes)}</td>
              <td>{list(m.places.map(placeName))}</td>
              <td>{m.employees ? t.employees(m.employees.total, m.employees.targetGroup) : t.noFigures}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t.together}</th>
            <td>{t.codes(joint.codesCovered.length, joint.codesAsked.length)}</td>
            <td>{t.places(joint.placesCovered.length, joint.placesAsked.length)}</td>
            <td>{joint.share === null ? t.noFigures : t.employees(sum(joint, 'total'), sum(joint, 'targetGroup'))}</td>
          </tr>
        </tbody>
      </ScrollTable>
      <p>{joint.share === null ? t.noShare : t.share(joint.share, joint.withFigures)}</p>
      <p>{t.buyersCall}</p>
    </section>
  );
}

const sum = (joint: JointView, key: 'total' | 'targetGroup') =>
  joint.members.reduce((n, m) => n + (m.employees?.[key] ?? 0), 0);

/** A lot's place: a whole län (two digits) or a kommun. */
const placeName = (code: string) =>
  (code.length === 2 ? countyByCode(code)?.name : municipalityByCode(code)?.shortName) ?? code;

/** /mitt-foretag/intresse/{id}: interest per lot, partners and the joint view, the meeting. */
export function InterestPage(p: {
  view: EnterpriseInterest;
  notice: InterestNotice | null;
  typed: Typed | null;
  demo: boolean;
}) {
  const t = interestText;
  const o = p.view.opportunity;
  return (
    <Layout title={t.title(o.title)} path={interestPath(o.id)} demo={p.demo}>
      <p>
        <a href="/mitt-foretag/mojligheter">{t.back}</a>
      </p>
      {p.typed && <ErrorSummary errors={p.typed.errors} fieldIds={errorTargets(p.typed)} />}
      <h1>{t.title(o.title)}</h1>
      {p.notice && <Notice>{t.notices[p.notice]}</Notice>}
      <p class="lead">{t.lead}</p>
      <p>
        <a href={opportunityPath(o.id)} lang={o.textLanguage}>
          {o.title}
        </a>
      </p>
      {!p.view.published ? (
        <p>{t.notPublished}</p>
      ) : (
        <>
          {o.meetingAt && (
            <section aria-labelledby="motet">
              <h2 id="motet">{t.meeting.heading}</h2>
              <p>{t.meeting.when(formatDateTime(o.meetingAt))}</p>
              {p.view.persons > 0 && <p>{t.meeting.answered(p.view.persons)}</p>}
              <PostForm action={interestPath(o.id)}>
                <TextField
                  id="persons"
                  label={t.meeting.persons}
                  hint={t.meeting.personsHint}
                  type="number"
                  inputMode="numeric"
                  error={p.typed?.action === 'rsvp' ? fieldError(p.typed.errors, 'persons') : undefined}
                  value={p.typed?.action === 'rsvp' ? p.typed.values.persons : String(p.view.persons)}
                  size={3}
                />
                <Button name="action" value="rsvp">
                  {t.meeting.save}
                </Button>
              </PostForm>
              <p>
                <a href={`${opportunityPath(o.id)}/kalender.ics`}>{t.meeting.calendar}</a>
              </p>
            </section>
          )}
          {o.lots.map((lot) => {
            const own = p.view.own.get(lot.position);
            const partners = p.view.partners.get(lot.position);
            const joint = p.view.joint.get(lot.position);
            return (
              <section aria-labelledby={`delomrade-${lot.position}`}>
                <h2 id={`delomrade-${lot.position}`} tabIndex={-1}>
                  {lotHeading(lot)}
                </h2>
                {own && <p>{t.yours}</p>}
                <InterestForm id={o.id} lot={lot} own={own} typed={p.typed} />
                {partners && <Partners id={o.id} lot={lot} partners={partners} typed={p.typed} />}
                {joint && <Joint lot={lot} joint={joint} />}
              </section>
            );
          })}
        </>
      )}
    </Layout>
  );
}

/** Where the error summary's links lead: the field of the form that was sent. */
function errorTargets(typed: Typed): Record<string, string> {
  if (typed.action === 'rsvp') return { persons: 'persons' };
  if (typed.action === 'contact') return { message: `kontakt-${typed.lot}-${typed.values.partner}` };
  return { message: `delomrade-${typed.lot}-message` };
}

/** On the buyer's overview, under a lot: who is interested, as far as each allows. */
export function BuyerInterestSummary({ entry }: { entry: LotInterestCount }) {
  const t = interestText.buyer;
  const hidden = entry.total - entry.visible.length;
  return (
    <>
      <p>{entry.total === 0 ? t.none : t.count(entry.total, entry.joint)}</p>
      {entry.visible.length > 0 && (
        <ul class="interest">
          {entry.visible.map((i) => (
            <li>
              <a href={`/foretag/${i.orgnr}`} lang="sv">
                {i.name}
              </a>
              {i.jointBid && <span class="badge">{t.jointBadge}</span>}
              {i.message && (
                <p class="message" lang="sv">
                  {i.message}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && <p>{t.hidden(hidden)}</p>}
    </>
  );
}
