import type { FieldError } from '../../../platform/http/errors.js';
import { formatDate } from '../../../platform/i18n/format.js';
import { municipalityByCode } from '../../../platform/reference/geo.js';
import { ErrorSummary, Pagination } from '../../../platform/views/components.js';
import { Button, fieldError, Notice, PostForm, SelectField, TextField } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { MunicipalityOptions } from '../../../platform/views/places.js';
import { ADAPTATIONS, choiceLabel, TARGET_GROUPS } from '../agreement/agreement.choices.js';
import { boardQueryString, type BoardQuery } from './capacity.params.js';
import { BOARD_PATH, OWN_PLACES_PATH } from './capacity.paths.js';
import { UNCERTAIN_AFTER_DAYS, type BoardEntry, type EnterpriseCapacity } from './capacity.service.js';
import { capacityText } from './capacity.text.js';

const municipalityName = (code: string) => municipalityByCode(code)?.shortName ?? code;

/** /arbetstraningsplatser: the filters, then each enterprise's free places; works without JavaScript. */
export function BoardPage(p: {
  query: BoardQuery;
  errors: FieldError[];
  entries: BoardEntry[];
  total: number;
  demo: boolean;
}) {
  const t = capacityText.board;
  const q = p.query;
  const pageCount = Math.max(1, Math.ceil(p.total / q.pageSize));
  return (
    <Layout title={t.title} path={BOARD_PATH} demo={p.demo}>
      <ErrorSummary errors={p.errors} fieldIds={{ kommun: 'kommun', malgrupp: 'malgrupp', anpassning: 'anpassning' }} />
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <p>{t.uncertainExplained(UNCERTAIN_AFTER_DAYS)}</p>
      <form method="get" action={BOARD_PATH} class="directory">
        <div class="layout-2col">
          <fieldset class="filters">
            <legend>{t.filters}</legend>
            <SelectField
              id="kommun"
              label={t.municipality}
              anyLabel={t.anyMunicipality}
              error={fieldError(p.errors, 'kommun')}
            >
              <MunicipalityOptions countyCode={null} selected={q.municipalityCode ?? null} />
            </SelectField>
            <SelectField
              id="malgrupp"
              label={t.targetGroup}
              anyLabel={t.anyTargetGroup}
              error={fieldError(p.errors, 'malgrupp')}
            >
              {TARGET_GROUPS.map((c) => (
                <option value={c.code} selected={q.targetGroup === c.code}>
                  {choiceLabel(TARGET_GROUPS, c.code)}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="anpassning"
              label={t.adaptation}
              anyLabel={t.anyAdaptation}
              error={fieldError(p.errors, 'anpassning')}
            >
              {ADAPTATIONS.map((c) => (
                <option value={c.code} selected={q.adaptation === c.code}>
                  {choiceLabel(ADAPTATIONS, c.code)}
                </option>
              ))}
            </SelectField>
            <div class="actions">
              <button type="submit">{t.apply}</button>
              <a href={BOARD_PATH}>{t.clear}</a>
            </div>
          </fieldset>
          <section class="results" aria-labelledby="platser-rubrik" id="resultat" tabIndex={-1}>
            <h2 id="platser-rubrik">{t.results}</h2>
            <p role="status" class="result-count">
              <strong>{t.count(p.total)}</strong>
            </p>
            {p.entries.length === 0 ? (
              <p>{t.none}</p>
            ) : (
              <ol class="result-list" start={(q.page - 1) * q.pageSize + 1}>
                {p.entries.map((e) => (
                  <BoardItem e={e} />
                ))}
              </ol>
            )}
            <Pagination
              page={q.page}
              pageCount={pageCount}
              href={(page) => `${BOARD_PATH}${boardQueryString(q, page)}`}
            />
            <p class="downloads">
              {t.api}: <a href="/api/v1/training-places">/api/v1/training-places</a>
            </p>
          </section>
        </div>
      </form>
    </Layout>
  );
}

function BoardItem({ e }: { e: BoardEntry }) {
  const t = capacityText.board;
  return (
    <li class="result">
      <h3>
        <a href={`/foretag/${e.enterprise.orgnr}`}>{e.enterprise.name}</a>
      </h3>
      <p>
        <strong>{t.free(e.freePlaces.free, e.places)}</strong>
        {' · '}
        {t.confirmed(formatDate(e.freePlaces.confirmedAt))}
      </p>
      {e.freePlaces.uncertain && (
        <>
          <ul class="badges">
            <li class="badge badge-unreviewed">{t.uncertain}</li>
          </ul>
          <p>
            {e.freePlaces.reasons
              .map((r) =>
                r === 'not_confirmed'
                  ? t.uncertainReason.not_confirmed(UNCERTAIN_AFTER_DAYS)
                  : t.uncertainReason.more_than_places(e.freePlaces.stated, e.places),
              )
              .join(' ')}
          </p>
        </>
      )}
      <dl class="facts">
        <div>
          <dt>{t.municipalities}</dt>
          <dd>{e.municipalityCodes.map(municipalityName).join(', ')}</dd>
        </div>
        <div>
          <dt>{t.targetGroups}</dt>
          <dd>{e.targetGroups.map((c) => choiceLabel(TARGET_GROUPS, c)).join(', ')}</dd>
        </div>
        {e.adaptations.length > 0 && (
          <div>
            <dt>{t.adaptations}</dt>
            <dd>{e.adaptations.map((c) => choiceLabel(ADAPTATIONS, c)).join(', ')}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

/**
 * The two-click update: "still correct" as one button, or a new number and save. The same forms
 * on /mitt-foretag, on the enterprise's own page after saving, and behind the e-mailed link.
 */
function PlacesForms(p: {
  action: string;
  capacity: EnterpriseCapacity;
  errors: FieldError[];
  value?: string | undefined;
  idPrefix: string;
}) {
  const t = capacityText.section;
  const c = p.capacity;
  if (c.placesInForce === 0) return <p>{t.notInForce}</p>;
  const tooMany = c.freePlaces?.reasons.includes('more_than_places') ?? false;
  return (
    <>
      <p>{t.lead(c.placesInForce)}</p>
      {c.freePlaces ? (
        <p>
          {t.now(c.freePlaces.stated, formatDate(c.freePlaces.confirmedAt))}
          {tooMany ? (
            <> {t.tooMany(c.placesInForce)}</>
          ) : (
            c.freePlaces.uncertain && <> {t.uncertain(UNCERTAIN_AFTER_DAYS)}</>
          )}
        </p>
      ) : (
        <p>{t.never}</p>
      )}
      {/* "Still correct" cannot be: more free than places in force. */}
      {c.freePlaces && !tooMany && (
        <PostForm action={p.action}>
          <input type="hidden" name="action" value="same" />
          <Button>{t.same}</Button>
        </PostForm>
      )}
      {c.freePlaces && !tooMany && <p>{t.orChange}</p>}
      <PostForm action={p.action}>
        <TextField
          id={`${p.idPrefix}free`}
          name="free"
          label={t.free}
          value={p.value ?? (c.freePlaces ? String(c.freePlaces.free) : '')}
          error={fieldError(p.errors, 'free')}
          inputMode="numeric"
          maxLength={5}
          size={5}
        />
        <Button secondary={c.freePlaces !== null && !tooMany}>{t.save}</Button>
      </PostForm>
    </>
  );
}

/** The section on /mitt-foretag (enterpriseSections); nothing when the enterprise has no agreement. */
export function CapacitySection({ capacity }: { capacity: EnterpriseCapacity }) {
  const t = capacityText.section;
  if (capacity.agreements.length === 0) return null;
  return (
    <section aria-labelledby="arbetstraningsplatser">
      <h2 id="arbetstraningsplatser">{t.heading}</h2>
      <PlacesForms action={OWN_PLACES_PATH} capacity={capacity} errors={[]} idPrefix="platser-" />
      <AgreementList capacity={capacity} />
    </section>
  );
}

function AgreementList({ capacity }: { capacity: EnterpriseCapacity }) {
  const t = capacityText.section;
  return (
    <details>
      <summary>{t.agreements}</summary>
      <ul>
        {capacity.agreements.map((a) => (
          <li>{t.agreement(a.organisationName, a.diaryNumber, formatDate(a.starts), formatDate(a.ends), a.places)}</li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The update's own page: where the forms on /mitt-foretag land (the thanks, or the errors with
 * what was typed), and the e-mailed link's page (`action` then carries the signed key).
 */
export function PlacesPage(p: {
  capacity: EnterpriseCapacity;
  action: string;
  title: string;
  lead?: string | undefined;
  errors: FieldError[];
  value?: string | undefined;
  saved?: number | undefined;
  backToOwnPage: boolean;
  demo: boolean;
}) {
  const t = capacityText.section;
  return (
    <Layout
      title={p.title}
      path={p.backToOwnPage ? OWN_PLACES_PATH : BOARD_PATH}
      demo={p.demo}
      head={<meta name="robots" content="noindex" />}
    >
      {p.backToOwnPage && (
        <p>
          <a href="/mitt-foretag">{t.back}</a>
        </p>
      )}
      <ErrorSummary errors={p.errors} fieldIds={{ free: 'free' }} />
      <h1>{p.title}</h1>
      {p.lead && <p class="lead">{p.lead}</p>}
      {p.saved !== undefined && <Notice>{t.saved(p.saved)}</Notice>}
      <PlacesForms action={p.action} capacity={p.capacity} errors={p.errors} value={p.value} idPrefix="" />
      {p.backToOwnPage && p.capacity.agreements.length > 0 && <AgreementList capacity={p.capacity} />}
      <p>
        <a href={BOARD_PATH}>{capacityText.board.title}</a>
      </p>
    </Layout>
  );
}

/**
 * The e-mailed link when its key is not (or no longer) good, or its enterprise is no longer
 * published in the register.
 */
export function LinkProblemPage({ demo, problem }: { demo: boolean; problem: 'invalid' | 'unpublished' }) {
  const t = capacityText.link;
  return (
    <Layout title={t.title} path={BOARD_PATH} demo={demo} head={<meta name="robots" content="noindex" />}>
      <h1>{t.title}</h1>
      <p>{t[problem]}</p>
      {problem === 'invalid' && (
        <p>
          <a href={`/logga-in?tillbaka=${encodeURIComponent(OWN_PLACES_PATH)}`}>{t.signIn}</a>
        </p>
      )}
    </Layout>
  );
}
