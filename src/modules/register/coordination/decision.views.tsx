import type { FieldError } from '../../../platform/http/errors.js';
import { Time } from '../../../platform/views/components.js';
import { Button, CheckboxField, ErrorText, fieldError, PostForm, TextArea } from '../../../platform/views/form.js';
import { HOME } from './coordination.views.js';
import { labelOf } from './facts.views.js';
import { CRITERIA, metField, noteField } from './verification.schema.js';
import type { DecisionRecord } from './verification.service.js';
import { verificationText } from './verification.text.js';

const t = verificationText;

/** The coordinator's decision on a pending enterprise: the criteria checked one by one, then approve, ask for more or reject. */
export function DecisionForm({
  orgnr,
  version,
  errors,
  values,
}: {
  orgnr: string;
  /** The newest version this page shows; always the current one, also when the form comes back with errors. */
  version: number;
  errors: FieldError[];
  values: Record<string, string>;
}) {
  return (
    <section aria-labelledby="granska">
      <h2 id="granska">{t.decision.heading}</h2>
      <PostForm action={`${HOME}/foretag/${orgnr}/beslut`}>
        <input type="hidden" name="version" value={String(version)} />
        <fieldset class="criteria">
          <legend>{t.criteria.legend}</legend>
          <p class="hint">{t.criteria.lead}</p>
          {CRITERIA.map((c) => {
            const item = t.criteria.items[c];
            const error = fieldError(errors, metField(c));
            return (
              <fieldset key={c} class={error ? 'field field-error criterion' : 'field criterion'}>
                <legend>{item.title}</legend>
                <p>{item.text}</p>
                <p class="hint">{item.hint}</p>
                <ErrorText error={error} id={`${metField(c)}-fel`} />
                <CheckboxField id={metField(c)} label={t.criteria.met} checked={Boolean(values[metField(c)])} />
                <TextArea
                  id={noteField(c)}
                  label={t.criteria.note}
                  value={values[noteField(c)]}
                  error={fieldError(errors, noteField(c))}
                  rows={2}
                  maxLength={1000}
                />
              </fieldset>
            );
          })}
        </fieldset>
        <TextArea
          id="underlag"
          label={t.decision.evidence}
          hint={t.decision.evidenceHint}
          value={values.underlag}
          error={fieldError(errors, 'underlag')}
          rows={3}
          maxLength={2000}
        />
        <TextArea
          id="meddelande"
          label={t.decision.message}
          hint={t.decision.messageHint}
          value={values.meddelande}
          error={fieldError(errors, 'meddelande')}
          rows={5}
          maxLength={4000}
        />
        <div class="actions" id="beslut" role="group" aria-label={t.decision.choose}>
          <Button name="beslut" value="godkann">
            {t.decision.approve}
          </Button>
          <Button name="beslut" value="komplettering" secondary>
            {t.decision.more}
          </Button>
          <Button name="beslut" value="avslag" secondary>
            {t.decision.reject}
          </Button>
        </div>
      </PostForm>
    </section>
  );
}

/** One decision already made, with the criteria it was made on. */
export function DecisionItem({ d }: { d: DecisionRecord }) {
  const checked = CRITERIA.filter((c) => d.checklist[c]);
  return (
    <li>
      <p>
        <strong>{labelOf(t.decision.decisions, d.decision)}</strong>{' '}
        <span class="meta">
          <Time at={d.decidedAt} />, {d.by}
        </span>
      </p>
      {checked.length > 0 && (
        <ul>
          {checked.map((c) => {
            const entry = d.checklist[c]!;
            return (
              <li key={c}>
                {t.criteria.items[c].title}: {entry.met ? t.decision.metYes : t.decision.metNo}
                {entry.note ? ` – ${entry.note}` : ''}
              </li>
            );
          })}
        </ul>
      )}
      {d.evidence && (
        <p>
          {t.decision.evidence}: {d.evidence}
        </p>
      )}
      {d.message && <p class="message">{d.message}</p>}
    </li>
  );
}
