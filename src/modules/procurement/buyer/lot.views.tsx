import type { FieldError } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/form.js';
import type { CpvPage } from '../../../platform/reference/cpv.repository.js';
import { currentLanguage } from '../../../platform/i18n/language.js';
import { ErrorSummary } from '../../../platform/views/components.js';
import {
  Button,
  ChoiceGroup,
  fieldError,
  Notice,
  PostForm,
  TextArea,
  TextField,
} from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import type { CheckFinding } from '../opportunity/opportunity.checks.js';
import { CLAUSE_FORMS, CLAUSE_REQUIREMENTS } from '../opportunity/opportunity.types.js';
import { opportunityText } from '../opportunity/opportunity.text.js';
import { RESERVATION_KINDS, RESERVATION_RULES } from '../reservation/reservation.rules.js';
import { reservationText } from '../reservation/reservation.text.js';
import { BUYER_HOME, lotPath, overviewPath } from './buyer.paths.js';
import { buyerText } from './buyer.text.js';
import { many, one } from './buyer.values.js';

export interface LotPageProps {
  opportunity: { id: number; title: string };
  /** The lot's number; null for a new one. */
  position: number | null;
  values: FormValues;
  errors?: FieldError[];
  /** What the rules say of the saved lot (reservation, list, period). */
  findings?: CheckFinding[];
  /** Published: a finding stops the change, not a publication. */
  published?: boolean;
  picks?: { words: string; page: CpvPage } | null;
  analysisPath?: string | null;
  saved?: boolean;
  removable?: boolean;
  demo: boolean;
}

/** A lot: what is bought (CPV, found by words without JavaScript), where, for how long, reserved or not, and the employment clause. */
export function LotPage(p: LotPageProps) {
  const t = buyerText.lot;
  const f = opportunityText.fields;
  const errors = p.errors ?? [];
  const v = (field: string) => one(p.values, field);
  const e = (field: string) => fieldError(errors, field);
  const title = p.position ? t.editTitle(p.position, p.opportunity.title) : t.newTitle(p.opportunity.title);
  const action = lotPath(p.opportunity.id, p.position);
  const findings = p.findings ?? [];
  const blocking = findings.filter((x) => x.severity === 'error');
  const warnings = findings.filter((x) => x.severity === 'warning');
  return (
    <Layout title={title} path={BUYER_HOME} demo={p.demo}>
      <p class="breadcrumb">
        <a href={overviewPath(p.opportunity.id)}>{t.back}</a>
      </p>
      <ErrorSummary errors={errors} fieldIds={{ place: 'place', clauseForms: 'clauseForms' }} />
      <h1>{title}</h1>
      {p.saved && <Notice>{buyerText.overview.saved}</Notice>}
      <Findings heading={p.published ? t.refusedHeading : t.findingsHeading} findings={blocking} kind="error" />
      <Findings heading={t.warningsHeading} findings={warnings} kind="warning" />
      <p class="lead">{t.lead}</p>
      <PostForm action={action} class="narrow">
        {/* Enter in any field presses the form's first button: this one saves, as the last one does.
            Out of sight, the tab order and the accessibility tree: the visible "Spara" is the one announced. */}
        <button type="submit" name="action" value="save" class="visually-hidden" tabIndex={-1} aria-hidden="true">
          {t.save}
        </button>
        <TextField
          id="title"
          label={f.lotTitle}
          hint={t.titleHint}
          value={v('title')}
          error={e('title')}
          maxLength={200}
        />
        <TextArea
          id="description"
          label={f.lotDescription}
          value={v('description')}
          error={e('description')}
          rows={4}
          maxLength={5000}
        />
        <fieldset class="field-group" id="cpv">
          <legend>{t.cpvLegend}</legend>
          <TextField
            id="mainCpv"
            label={f.mainCpv}
            hint={t.mainCpvHint}
            value={v('mainCpv')}
            error={e('mainCpv')}
            inputMode="numeric"
            maxLength={12}
            size={12}
          />
          <TextField
            id="additionalCpv"
            label={f.additionalCpv}
            hint={t.additionalCpvHint}
            value={v('additionalCpv')}
            error={e('additionalCpv')}
            maxLength={2000}
          />
          <div class="field">
            <label for="words">{t.words}</label>
            <p class="hint" id="words-hint">
              {t.wordsHint}
            </p>
            <div class="search-box">
              <input
                id="words"
                name="words"
                type="search"
                value={v('words')}
                maxLength={100}
                aria-describedby="words-hint"
              />
              {/* Back to the finder with the answer, so that a keyboard user goes on from there. */}
              <button type="submit" name="action" value="find" class="secondary" formAction={`${action}#cpv`}>
                {t.find}
              </button>
            </div>
          </div>
          {p.picks && (
            <Picks words={p.picks.words} page={p.picks.page} hasMain={v('mainCpv').trim() !== ''} action={action} />
          )}
        </fieldset>
        <TextField
          id="place"
          label={f.place}
          hint={t.placeHint}
          value={v('place')}
          error={e('place')}
          maxLength={2000}
        />
        <TextField
          id="estimatedValue"
          label={f.estimatedValue}
          hint={t.valueHint}
          value={v('estimatedValue')}
          error={e('estimatedValue')}
          inputMode="numeric"
          maxLength={30}
        />
        <TextField
          id="contractMonths"
          label={f.contractMonths}
          hint={t.monthsHint}
          value={v('contractMonths')}
          error={e('contractMonths')}
          inputMode="numeric"
          maxLength={4}
          size={5}
        />
        <TextField
          id="contractStart"
          inputMode="numeric"
          maxLength={10}
          label={f.contractStart}
          hint={t.startHint}
          value={v('contractStart')}
          error={e('contractStart')}
        />
        <ChoiceGroup
          id="reservation"
          legend={t.reservationLegend}
          hint={t.reservationHint}
          type="radio"
          options={[
            { value: '', label: opportunityText.noReservation },
            ...RESERVATION_KINDS.map((k) => ({
              value: k,
              label: reservationText.kinds[k],
              hint: RESERVATION_RULES[k].reference,
            })),
          ]}
          selected={[v('reservation')]}
          error={e('reservation')}
        />
        <TextArea
          id="reservationReason"
          label={f.reservationReason}
          hint={t.reasonHint}
          value={v('reservationReason')}
          error={e('reservationReason')}
          rows={3}
          maxLength={2000}
        />
        <fieldset class="field-group">
          <legend>{t.clauseLegend}</legend>
          <p class="hint">{t.clauseHint}</p>
          <ChoiceGroup
            id="clauseRequirement"
            legend={f.employmentClause}
            type="radio"
            options={[
              { value: '', label: t.noClause },
              ...CLAUSE_REQUIREMENTS.map((r) => ({ value: r, label: opportunityText.clauseRequirements[r] })),
            ]}
            selected={[v('clauseRequirement')]}
            error={e('clauseRequirement')}
          />
          <TextField
            id="clauseTargetGroup"
            label={t.clauseTargetGroup}
            hint={t.clauseTargetGroupHint}
            value={v('clauseTargetGroup')}
            error={e('clauseTargetGroup')}
            maxLength={300}
          />
          <ChoiceGroup
            id="clauseForms"
            legend={t.clauseForms}
            type="checkbox"
            options={CLAUSE_FORMS.map((c) => ({ value: c, label: opportunityText.clauseForms[c] }))}
            selected={many(p.values, 'clauseForms')}
          />
          <TextField
            id="clausePersons"
            label={t.clausePersons}
            value={v('clausePersons')}
            error={e('clausePersons')}
            inputMode="numeric"
            maxLength={5}
            size={5}
          />
          <TextField
            id="clauseMonths"
            label={t.clauseMonths}
            value={v('clauseMonths')}
            error={e('clauseMonths')}
            inputMode="numeric"
            maxLength={3}
            size={5}
          />
          <TextField
            id="clauseFirstStart"
            label={t.clauseFirstStart}
            value={v('clauseFirstStart')}
            error={e('clauseFirstStart')}
            inputMode="numeric"
            maxLength={3}
            size={5}
          />
          <TextField
            id="clauseMetShare"
            label={t.clauseMetShare}
            value={v('clauseMetShare')}
            error={e('clauseMetShare')}
            inputMode="numeric"
            maxLength={3}
            size={5}
          />
        </fieldset>
        <Button name="action" value="save">
          {t.save}
        </Button>
      </PostForm>
      {p.analysisPath && (
        <p>
          <a href={p.analysisPath}>{t.analysis}</a>
        </p>
      )}
      {p.removable && p.position && (
        <PostForm action={`${action}/ta-bort`} class="separate">
          <Button secondary>{t.remove}</Button>
        </PostForm>
      )}
    </Layout>
  );
}

/** The codes found by words, each a button that puts it in the form (the form's values are sent with it, so nothing typed is lost). */
function Picks({ words, page, hasMain, action }: { words: string; page: CpvPage; hasMain: boolean; action: string }) {
  const t = buyerText.lot;
  if (page.items.length === 0) return <p role="status">{t.foundNone(words)}</p>;
  const en = currentLanguage() === 'en';
  return (
    <div role="status">
      <p>
        {t.found(page.total, words)} {page.total > page.items.length && t.foundMore(page.items.length)}
      </p>
      <ul class="cpv-picks">
        {page.items.map((c) => (
          <li>
            <span>
              {c.code} {en ? (c.labelEn ?? c.labelSv) : c.labelSv}
            </span>{' '}
            <button
              type="submit"
              name={hasMain ? 'addCpv' : 'useMain'}
              value={c.code}
              class="secondary"
              formAction={`${action}#cpv`}
            >
              {hasMain ? t.add(c.code) : t.useMain(c.code)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The rules' findings about the saved lot, each naming its paragraph; errors stop publishing. */
export function Findings({
  heading,
  findings,
  kind,
}: {
  heading: string;
  findings: CheckFinding[];
  kind: 'error' | 'warning';
}) {
  if (findings.length === 0) return null;
  return (
    <div class={kind === 'error' ? 'error-summary' : 'warning-box'} role={kind === 'error' ? 'alert' : 'status'}>
      <h2>{heading}</h2>
      <ul>
        {findings.map((x) => (
          <li>{x.message}</li>
        ))}
      </ul>
    </div>
  );
}
