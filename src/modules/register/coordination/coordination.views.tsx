import type { FieldError } from '../../../platform/http/errors.js';
import { ErrorSummary } from '../../../platform/views/components.js';
import { Button, ChoiceGroup, fieldError, Notice, PostForm, TextField } from '../../../platform/views/form.js';
import { NOTICE_MODES, type NoticeMode } from './notice.repository.js';
import { Layout } from '../../../platform/views/layout.js';
import type { CoordinationCounts } from './verification.service.js';
import { verificationText } from './verification.text.js';
import { reportText } from './report.text.js';
import type { OwnListing } from './listing.repository.js';
import { ListingChoice } from './listing.views.js';

const t = verificationText.dashboard;

/** The coordinator's start page; every coordination page lives under it. */
export const HOME = '/samordning';

/** The coordinator's start page: what is waiting, and the way to each kind of work. */
export function DashboardPage({
  counts,
  demo,
  errors = [],
  values = {},
  noticeMode,
  saved = null,
  listing,
}: {
  counts: CoordinationCounts;
  demo: boolean;
  errors?: FieldError[];
  values?: Record<string, string>;
  noticeMode: NoticeMode | null;
  /** Which of the page's own forms was just saved. */
  saved?: 'meddelanden' | 'listed' | 'removed' | null;
  /** The signed-in coordinator's listing on /samordnare; undefined outside a coordinator's request. */
  listing?: { current: OwnListing | null; values: Record<string, string> | null } | undefined;
}) {
  const n = verificationText.notice;
  const cards = [
    {
      id: 'granskning',
      title: t.pending,
      text:
        counts.unreviewedImports > 0
          ? `${t.pendingText(counts.pending)} ${t.importsText(counts.unreviewedImports)}`
          : t.pendingText(counts.pending),
      href: `${HOME}/granskning`,
      link: t.pendingLink,
    },
    {
      id: 'andringar',
      title: t.changes,
      text: t.changesText(counts.flaggedUnreviewed),
      href: `${HOME}/andringar`,
      link: t.changesLink,
    },
    {
      id: 'rapporter',
      title: reportText.dashboard.title,
      text: reportText.dashboard.text(counts.openReports),
      href: `${HOME}/rapporter`,
      link: reportText.dashboard.link,
    },
    {
      id: 'inaktuella',
      title: t.stale,
      text: t.staleText(counts.stale),
      href: `${HOME}/inaktuella`,
      link: t.staleLink,
    },
    { id: 'import', title: t.import, text: t.importText, href: `${HOME}/import`, link: t.importLink },
    {
      id: 'registret',
      title: t.register,
      text: t.registerText(counts.published, counts.archived),
      href: '/foretag',
      link: t.registerLink,
    },
  ];
  return (
    <Layout title={t.title} path={HOME} demo={demo}>
      <ErrorSummary
        errors={errors}
        fieldIds={{
          orgnr: 'orgnr',
          meddelanden: 'meddelanden',
          organisation: 'organisation',
          area: 'area',
          phone: 'phone',
        }}
      />
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <ul class="work-cards">
        {cards.map((c) => (
          <li key={c.id}>
            <h2>{c.title}</h2>
            <p>{c.text}</p>
            <p>
              <a href={c.href}>{c.link}</a>
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="oppna">
        <h2 id="oppna">{t.findHeading}</h2>
        {/* GET: opening an enterprise changes nothing, and the address can be bookmarked. */}
        <form method="get" action={`${HOME}/foretag`} class="search-row">
          <TextField
            id="orgnr"
            label={t.findLabel}
            hint={t.findHint}
            value={values.orgnr}
            error={fieldError(errors, 'orgnr')}
            inputMode="numeric"
            size={14}
          />
          <Button secondary>{t.findButton}</Button>
        </form>
      </section>
      {noticeMode && (
        <section aria-labelledby="meddelanden-rubrik" id="meddelanden">
          <h2 id="meddelanden-rubrik">{n.heading}</h2>
          {saved === 'meddelanden' && <Notice>{n.saved}</Notice>}
          <PostForm action={`${HOME}/meddelanden`}>
            <ChoiceGroup
              id="meddelanden"
              legend={n.legend}
              type="radio"
              options={NOTICE_MODES.map((m) => ({ value: m, label: n.modes[m] }))}
              selected={[noticeMode]}
              error={fieldError(errors, 'meddelanden')}
            />
            <Button secondary>{n.save}</Button>
          </PostForm>
        </section>
      )}
      {listing && (
        <ListingChoice
          action={`${HOME}/synas`}
          listing={listing.current}
          errors={errors}
          values={listing.values}
          saved={saved === 'listed' || saved === 'removed' ? saved : null}
        />
      )}
    </Layout>
  );
}
