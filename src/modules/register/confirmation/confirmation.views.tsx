import { formatDate } from '../../../platform/i18n/format.js';
import { categoryNameOf } from '../../../platform/reference/categories.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { Button, Notice, PostForm } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import type { ConfirmationView, LinkProblem } from './confirmation.service.js';
import { confirmationText } from './confirmation.text.js';
import type { Enterprise } from '../enterprise/enterprise.types.js';
import { legalFormName } from '../enterprise/enterprise.names.js';
import { Fact } from '../../../platform/views/components.js';

const t = confirmationText;
/**
 * The pages here count as the editor's: signing in from them leads to the editor's own
 * confirmation page (never back to a link with a token in it).
 */
const PATH = '/mitt-foretag/bekrafta';
// Links with a token are for the addressee only; keep the pages out of search engines.
const noIndex = <meta name="robots" content="noindex" />;

/** GET /bekrafta/{token}: the facts and one button. */
export function ConfirmLinkPage({ demo, view, token }: { demo: boolean; view: ConfirmationView; token: string }) {
  const e = view.workflow.enterprise;
  return (
    <Layout title={t.page.title} path={PATH} demo={demo} head={noIndex}>
      <div class="narrow">
        <h1>{t.page.title}</h1>
        <p class="lead">{t.page.intro(e.name)}</p>
        <Dates view={view} />
        <Facts enterprise={e} />
        <h2>{t.page.confirmHeading}</h2>
        <PostForm action={`/bekrafta/${token}`}>
          <Button>{t.page.confirmButton}</Button>
        </PostForm>
        <p>
          <a href="/mitt-foretag">{t.page.changed}</a>
        </p>
      </div>
    </Layout>
  );
}

/** After POST /bekrafta/{token}. */
export function ConfirmedPage({
  demo,
  name,
  orgnr,
  validUntil,
}: {
  demo: boolean;
  name: string;
  orgnr: string;
  validUntil: Date;
}) {
  return (
    <Layout title={t.thanks.title} path={PATH} demo={demo} head={noIndex}>
      <div class="narrow">
        <h1>{t.thanks.title}</h1>
        <Notice>{t.thanks.text(name, formatDate(validUntil))}</Notice>
        <p>
          <a href={`/foretag/${orgnr}`}>{t.thanks.toProfile}</a>
        </p>
        <p>
          <a href="/">{t.thanks.toStart}</a>
        </p>
      </div>
    </Layout>
  );
}

// A function, so that the titles are read in the page's language.
const problemTitle = (problem: LinkProblem['problem']): string =>
  ({
    invalid: t.problem.invalidTitle,
    expired: t.problem.expiredTitle,
    stale: t.problem.staleTitle,
    unavailable: t.problem.unavailableTitle,
  })[problem];

/** A link that is broken, too old, or already done: say what happened and what to do instead. */
export function LinkProblemPage({ demo, problem }: { demo: boolean; problem: LinkProblem }) {
  const title = problemTitle(problem.problem);
  return (
    <Layout title={title} path={PATH} demo={demo} head={noIndex}>
      <div class="narrow">
        <h1>{title}</h1>
        {problem.problem === 'stale' ? (
          <p>{t.problem.stale(problem.name, formatDate(problem.reference), formatDate(problem.validUntil))}</p>
        ) : (
          <p>{t.problem[problem.problem]}</p>
        )}
        <p>{t.problem.whatToDo}</p>
        <p>
          <a href={`/logga-in?tillbaka=${encodeURIComponent(PATH)}`}>{t.problem.signIn}</a>
        </p>
        <p>
          <a href="/foretag">{t.problem.toDirectory}</a>
        </p>
      </div>
    </Layout>
  );
}

/** GET /mitt-foretag/bekrafta: the signed-in editor's own enterprise. */
export function EditorConfirmPage({
  demo,
  view,
  confirmedUntil,
}: {
  demo: boolean;
  view: ConfirmationView | undefined;
  confirmedUntil?: Date | undefined;
}) {
  return (
    <Layout title={t.editor.title} path={PATH} demo={demo}>
      <div class="narrow">
        <p class="breadcrumb">
          <a href="/mitt-foretag">{t.editor.back}</a>
        </p>
        <h1>{t.editor.title}</h1>
        {confirmedUntil && <Notice>{t.editor.done(formatDate(confirmedUntil))}</Notice>}
        {view ? (
          <>
            <p>{t.editor.intro}</p>
            <Dates view={view} />
            <Facts enterprise={view.workflow.enterprise} />
            <PostForm action={PATH}>
              <Button>{t.editor.confirmButton}</Button>
            </PostForm>
            <p>
              <a href="/mitt-foretag">{t.editor.edit}</a>
            </p>
          </>
        ) : (
          <p>{t.editor.notPublic}</p>
        )}
      </div>
    </Layout>
  );
}

function Dates({ view }: { view: ConfirmationView }) {
  return view.lapsed ? (
    <p class="notice">{t.page.overdue(formatDate(view.dueAt))}</p>
  ) : (
    <p>
      {t.page.lastConfirmed(formatDate(view.reference))} {t.page.due(formatDate(view.dueAt))}
    </p>
  );
}

/** The main facts, enough to see at a glance whether the profile is still right. */
function Facts({ enterprise: e }: { enterprise: Enterprise }) {
  const address = [e.address.street, [e.address.postalCode, e.address.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const areas = e.operatingAreas.map((a) =>
    a.municipalityCode
      ? (municipalityByCode(a.municipalityCode)?.name ?? a.municipalityCode)
      : t.page.wholeCounty(countyByCode(a.countyCode)?.name ?? a.countyCode),
  );
  return (
    <section aria-labelledby="uppgifter">
      <h2 id="uppgifter">{t.page.factsHeading}</h2>
      <dl class="facts">
        <Fact term={t.page.name}>{e.name}</Fact>
        <Fact term={t.page.orgnr}>{e.orgnr}</Fact>
        <Fact term={t.page.legalForm}>{legalFormName(e.legalForm)}</Fact>
        <Fact term={t.page.address}>{address || t.page.none}</Fact>
        <Fact term={t.page.website}>{e.website ?? t.page.none}</Fact>
        <Fact term={t.page.email}>{e.email ?? t.page.none}</Fact>
        <Fact term={t.page.phone}>{e.phone ?? t.page.none}</Fact>
        <Fact term={t.page.offerings}>
          {e.offerings.map((o) => categoryNameOf(o.category)).join(', ') || t.page.none}
        </Fact>
        <Fact term={t.page.areas}>{areas.join(', ') || t.page.none}</Fact>
        <Fact term={t.page.employees}>
          {e.employees ? t.page.employeesValue(e.employees.total, e.employees.targetGroup) : t.page.none}
        </Fact>
        <Fact term={t.page.certifications}>
          {e.certifications
            .map((c) => t.page.certificationValue(c.name, c.validUntil ? formatDate(c.validUntil) : null))
            .join(', ') || t.page.none}
        </Fact>
        <Fact term={t.page.training}>
          {e.trainingPlaces ? t.page.trainingValue(e.trainingPlaces.capacity, e.trainingPlaces.free) : t.page.none}
        </Fact>
      </dl>
      <p>
        <a href={`/foretag/${e.orgnr}`}>{t.page.fullProfile}</a>
      </p>
    </section>
  );
}
