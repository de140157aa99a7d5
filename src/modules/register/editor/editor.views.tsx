import { Fragment, type ComponentChildren, type VNode } from 'preact';
import { formatDate, formatInteger } from '../../../platform/i18n/format.js';
import { categoryNameOf } from '../../../platform/reference/categories.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { Button, Notice, PostForm } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import type { EditorHome } from './editor.service.js';
import { STEP_COUNT, STEPS, type Step } from './editor.schema.js';
import { SavedNotice, StepNav } from './editor.steps.views.js';
import { editorText as t } from './editor.text.js';
import type { Enterprise } from '../enterprise/enterprise.types.js';
import { legalFormName } from '../enterprise/enterprise.names.js';

/** Mitt företag: where the enterprise stands, what to do next, and the way into each step. */
export function HomePage({
  demo,
  home,
  email,
  saved,
  submitted,
  withdrawn,
  sections = [],
}: {
  demo: boolean;
  home: EditorHome;
  /** Other modules' sections, below the register's own. */
  sections?: VNode[];
  email: string;
  saved?: { publicNow: boolean; flagged: string[] } | undefined;
  submitted?: boolean;
  withdrawn?: boolean;
}) {
  const w = home.workflow;
  const e = w.enterprise;
  const status = e.status;
  const isPublic = status === 'published' || status === 'needs_reverification';
  return (
    <Layout title={t.home.title} path="/mitt-foretag" demo={demo}>
      <h1>{t.home.title}</h1>
      <p class="lead">
        {e.name} ({e.orgnr})
      </p>
      {!home.emailConfirmed && <ConfirmBanner email={email} />}
      {submitted && <Notice>{t.home.submitted(email)}</Notice>}
      {withdrawn && status === 'draft' && <Notice>{t.home.withdrawn}</Notice>}
      {saved && <SavedNotice {...saved} />}
      <dl class="facts">
        <div>
          <dt>{t.home.status}</dt>
          <dd>
            <strong>{t.home.statuses[status]}</strong>
          </dd>
        </div>
      </dl>
      <p>{t.home.next[status]}</p>
      {status === 'archived' && w.archivedReason && <p>{t.home.archivedReason(w.archivedReason)}</p>}
      {isPublic && (
        <ul>
          <li>
            <a href={`/foretag/${e.orgnr}`}>{t.home.publicProfile}</a>
          </li>
          <li>
            <a href="/mitt-foretag/bekrafta">{t.home.confirmFacts}</a>
          </li>
        </ul>
      )}
      {home.decision && (
        <section aria-labelledby="besked">
          <h2 id="besked">{t.home.decisionHeading}</h2>
          <p>
            <strong>{t.home.decisions[home.decision.decision] ?? home.decision.decision}</strong>,{' '}
            {formatDate(home.decision.decidedAt)}
          </p>
          {home.decision.message && <p class="message">{home.decision.message}</p>}
        </section>
      )}
      {status === 'draft' && <DraftSteps home={home} />}
      {status === 'pending' && (
        <section aria-labelledby="se">
          <h2 id="se">{t.home.viewHeading}</h2>
          <ul>
            {STEPS.map((s) => (
              <li key={s}>
                <a href={`/mitt-foretag/steg/${s}`}>{t.steps.titles[s]}</a>
              </li>
            ))}
          </ul>
          <WithdrawForm />
        </section>
      )}
      {isPublic && (
        <section aria-labelledby="andra">
          <h2 id="andra">{t.home.editHeading}</h2>
          <ul>
            {STEPS.map((s) => (
              <li key={s}>
                <a href={`/mitt-foretag/steg/${s}`}>{t.steps.titles[s]}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {sections}
    </Layout>
  );
}

function DraftSteps({ home }: { home: EditorHome }) {
  return (
    <section aria-labelledby="stegen">
      <h2 id="stegen">{t.home.stepsHeading}</h2>
      <ol class="step-list">
        {STEPS.map((s) => (
          <li key={s}>
            <a href={`/mitt-foretag/steg/${s}`}>{t.steps.titles[s]}</a>: {home.done[s] ? t.home.done : t.home.notDone}
          </li>
        ))}
      </ol>
      <p class="actions">
        {home.next !== null && <a href={`/mitt-foretag/steg/${home.next}`}>{t.home.continue}</a>}
        <a href="/mitt-foretag/skicka">{t.home.review}</a>
      </p>
    </section>
  );
}

function ConfirmBanner({ email }: { email: string }) {
  return (
    <div class="notice" role="note">
      <p>{t.home.confirmBanner(email)}</p>
      <PostForm action="/registrera/ny-lank">
        <input type="hidden" name="email" value={email} />
        <Button secondary>{t.home.resend}</Button>
      </PostForm>
    </div>
  );
}

/** `/mitt-foretag/skicka`: everything the editor gave, what is missing, and the button. */
export function SubmitPage({
  demo,
  enterprise: e,
  missing,
  emailConfirmed,
  problem,
}: {
  demo: boolean;
  enterprise: Enterprise;
  missing: string[];
  emailConfirmed: boolean;
  problem?: string | undefined;
}) {
  const ready = missing.length === 0 && emailConfirmed;
  return (
    <Layout title={t.submit.title} path="/mitt-foretag" demo={demo}>
      {problem && (
        <div class="error-summary" role="alert" aria-labelledby="problem-rubrik" tabIndex={-1}>
          <h2 id="problem-rubrik">{problem}</h2>
        </div>
      )}
      <p class="breadcrumb">
        <a href="/mitt-foretag">{t.steps.back}</a>
      </p>
      <h1>{t.submit.title}</h1>
      <p>{t.submit.intro}</p>
      {missing.length > 0 && (
        <section class="notice" aria-labelledby="saknas">
          <h2 id="saknas">{t.submit.missingHeading}</h2>
          <ul>
            {missing.map((key) => (
              <li key={key}>
                <a href={`/mitt-foretag/steg/${stepOfMissing(key)}`}>{t.submit.missing[key]}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!emailConfirmed && <Notice>{t.submit.emailFirst}</Notice>}
      <Summary e={e} />
      {ready && (
        <PostForm action="/mitt-foretag/skicka">
          <Button>{t.submit.button}</Button>
        </PostForm>
      )}
    </Layout>
  );
}

function stepOfMissing(key: string): Step {
  return ({ step1: 1, offerings: 2, areas: 2, employees: 3, step4: 4, step5: 5 } as const)[key] ?? 1;
}

function Section({ step, children }: { step: Step; children: ComponentChildren }) {
  const title = t.steps.titles[step]!;
  return (
    <section aria-labelledby={`steg-${step}`}>
      <h2 id={`steg-${step}`}>{title}</h2>
      <dl class="facts">{children}</dl>
      <p>
        <a href={`/mitt-foretag/steg/${step}`}>
          {t.submit.change}
          <span class="visually-hidden"> {title.toLowerCase()}</span>
        </a>
      </p>
    </section>
  );
}

/** The button that takes a submitted enterprise back to draft, so that it can be changed. */
function WithdrawForm() {
  return (
    <PostForm action="/mitt-foretag/dra-tillbaka">
      <Button secondary>{t.pending.withdrawButton}</Button>
    </PostForm>
  );
}

/**
 * A step while the enterprise is pending: the facts as sent in, read only, why they cannot be
 * changed now, and the way to change them anyway (withdraw). `refused`: a save was turned away.
 */
export function PendingStepPage({
  demo,
  step,
  enterprise: e,
  refused,
}: {
  demo: boolean;
  step: Step;
  enterprise: Enterprise;
  refused?: boolean;
}) {
  const title = t.steps.titles[step]!;
  return (
    <Layout title={`${title} – ${t.steps.of(step, STEP_COUNT)}`} path="/mitt-foretag" demo={demo}>
      {refused && (
        <div class="error-summary" role="alert" aria-labelledby="problem-rubrik" tabIndex={-1}>
          <h2 id="problem-rubrik">{t.pending.notSaved}</h2>
          <p>{t.pending.text}</p>
        </div>
      )}
      <p class="breadcrumb">
        <a href="/mitt-foretag">{t.steps.back}</a>
      </p>
      <StepNav current={step} draft={false} />
      <p class="lead">
        {t.steps.of(step, STEP_COUNT)} · {e.name}
      </p>
      <h1>{title}</h1>
      {!refused && <Notice>{t.pending.text}</Notice>}
      <dl class="facts">
        <StepFacts e={e} step={step} />
      </dl>
      <WithdrawForm />
      <p>
        <a href="/mitt-foretag">{t.steps.back}</a>
      </p>
    </Layout>
  );
}

/** One fact; `lang="sv"` for what the enterprise wrote in its own words. */
function Row({ term, value, lang }: { term: string; value: string | null | undefined; lang?: 'sv' }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd lang={value ? lang : undefined}>{value || t.submit.none}</dd>
    </div>
  );
}

function Summary({ e }: { e: Enterprise }) {
  return (
    <>
      {STEPS.map((s) => (
        <Section key={s} step={s}>
          <StepFacts e={e} step={s} />
        </Section>
      ))}
    </>
  );
}

/** What one step holds, as rows of a description list. */
function StepFacts({ e, step }: { e: Enterprise; step: Step }) {
  switch (step) {
    case 1:
      return (
        <>
          <Row term={t.step1.name} value={e.name} />
          <Row term={t.step1.legalForm} value={legalFormName(e.legalForm)} />
          <Row term={t.step1.foundedYear} value={e.foundedYear === null ? null : String(e.foundedYear)} />
          <Row term={t.step1.description} value={e.description} lang="sv" />
          <Row term={t.step1.website} value={e.website} />
          <Row term={t.step1.email} value={e.email} />
          <Row term={t.step1.phone} value={e.phone} />
          <Row term={t.step1.street} value={e.address.street} />
          <Row term={t.step1.postalCode} value={e.address.postalCode} />
          <Row term={t.step1.city} value={e.address.city} />
          <Row
            term={t.step1.municipality}
            value={e.address.municipalityCode ? municipalityByCode(e.address.municipalityCode)?.name : null}
          />
        </>
      );
    case 2: {
      const areas = e.operatingAreas.map((a) =>
        a.municipalityCode
          ? (municipalityByCode(a.municipalityCode)?.name ?? a.municipalityCode)
          : (countyByCode(a.countyCode)?.name ?? a.countyCode),
      );
      return (
        <>
          <Row term={t.step2.categories} value={e.offerings.map((o) => categoryNameOf(o.category)).join(', ')} />
          {/* Each service as the profile shows it: its own CPV codes and its own words. */}
          {e.offerings.map((o) => (
            <Fragment key={o.category}>
              <Row term={`${categoryNameOf(o.category)}: ${t.step2.cpv}`} value={o.cpv.join(', ')} />
              <Row term={`${categoryNameOf(o.category)}: ${t.step2.text}`} value={o.description} lang="sv" />
            </Fragment>
          ))}
          <Row term={t.step2.areasLegend} value={areas.join(', ')} />
        </>
      );
    }
    case 3:
      return (
        <>
          <Row term={t.step3.total} value={e.employees ? formatInteger(e.employees.total) : null} />
          <Row term={t.step3.targetGroup} value={e.employees ? formatInteger(e.employees.targetGroup) : null} />
          <Row term={t.step3.reportedOn} value={e.employees ? formatDate(e.employees.reportedOn) : null} />
          <Row term={t.step3.targetGroups} value={e.targetGroups.join(', ')} />
        </>
      );
    case 4: {
      const p = e.trainingPlaces;
      return p ? (
        <>
          <Row term={t.step4.capacity} value={formatInteger(p.capacity)} />
          <Row term={t.step4.free} value={formatInteger(p.free)} />
          <Row term={t.step4.supervisors} value={p.supervisors === null ? null : formatInteger(p.supervisors)} />
          <Row term={t.step4.targetGroups} value={p.targetGroups.join(', ')} />
          <Row term={t.step4.adaptations} value={p.adaptations} lang="sv" />
        </>
      ) : (
        <Row term={t.step4.capacity} value={t.submit.noneTraining} />
      );
    }
    case 5:
      return (
        <Row
          term={t.steps.titles[5]!}
          value={
            e.certifications.length > 0
              ? e.certifications
                  .map((c) =>
                    [
                      c.name,
                      c.issuer ? `${t.step5.issuer}: ${c.issuer}` : null,
                      c.validUntil ? `${t.step5.validUntil}: ${formatDate(c.validUntil)}` : null,
                    ]
                      .filter(Boolean)
                      .join(', '),
                  )
                  .join('; ')
              : t.submit.noneCertifications
          }
        />
      );
  }
}
