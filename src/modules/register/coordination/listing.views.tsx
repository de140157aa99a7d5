import type { FieldError } from '../../../platform/http/errors.js';
import { Fact } from '../../../platform/views/components.js';
import { Button, CheckboxField, fieldError, Notice, PostForm, TextField } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { useRequestView } from '../../../platform/views/request-context.js';
import { telHref } from '../directory/profile.views.js';
import type { ListedCoordinator, OwnListing } from './listing.repository.js';
import { listingText } from './listing.text.js';

/** The public page of the region's coordinators; linked from every page's footer. */
export const COORDINATORS_PATH = '/samordnare';

export function CoordinatorsPage({ coordinators, demo }: { coordinators: ListedCoordinator[]; demo: boolean }) {
  const t = listingText.page;
  return (
    <Layout title={t.title} path={COORDINATORS_PATH} demo={demo}>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      {coordinators.length === 0 ? (
        <>
          <p>{t.none}</p>
          <OperatorContact />
        </>
      ) : (
        <ul class="coordinator-list">
          {coordinators.map((c, i) => {
            const tel = c.phone ? telHref(c.phone) : undefined;
            return (
              // What the coordinator wrote is Swedish on an English page too.
              <li key={i}>
                <h2 lang="sv">{c.name ?? c.email}</h2>
                <dl class="facts">
                  <Fact term={t.organisation}>
                    <span lang="sv">{c.organisation}</span>
                  </Fact>
                  <Fact term={t.area}>
                    <span lang="sv">{c.area}</span>
                  </Fact>
                  <Fact term={t.email}>
                    <a href={`mailto:${c.email}`}>{c.email}</a>
                  </Fact>
                  {c.phone && <Fact term={t.phone}>{tel ? <a href={tel}>{c.phone}</a> : c.phone}</Fact>}
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        {t.register} <a href="/registrera">{t.registerLink}</a>
      </p>
    </Layout>
  );
}

/**
 * Who runs the platform, for when no coordinator is listed. A component of its own: the request
 * (and so the operator) is known while the page renders, not when the page function is called.
 */
function OperatorContact() {
  const { operator } = useRequestView();
  if (!operator) return null;
  return (
    <p>
      {listingText.page.operator(operator.name)} <a href={`mailto:${operator.email}`}>{operator.email}</a>
    </p>
  );
}

/** The coordinator's own choice, a section of /samordning. */
export function ListingChoice({
  action,
  listing,
  errors,
  values,
  saved,
}: {
  action: string;
  listing: OwnListing | null;
  errors: FieldError[];
  /** What was typed, when the form comes back with errors. */
  values: Record<string, string> | null;
  saved: 'listed' | 'removed' | null;
}) {
  const t = listingText.choice;
  const v = values ?? {
    show: listing?.shown ? '1' : '',
    organisation: listing?.organisation ?? '',
    area: listing?.area ?? '',
    phone: listing?.phone ?? '',
  };
  return (
    <section aria-labelledby="synas-rubrik" id="synas">
      <h2 id="synas-rubrik">{t.heading}</h2>
      <p>
        {t.lead} <a href={COORDINATORS_PATH}>{t.see}</a>
      </p>
      {saved && <Notice>{saved === 'listed' ? t.saved : t.removed}</Notice>}
      <PostForm action={action} class="narrow">
        <CheckboxField id="show" label={t.show} hint={t.showHint} checked={v.show === '1'} />
        <TextField
          id="organisation"
          label={t.organisation}
          hint={t.organisationHint}
          value={v.organisation}
          error={fieldError(errors, 'organisation')}
          maxLength={200}
          autocomplete="organization"
        />
        <TextField
          id="area"
          label={t.area}
          hint={t.areaHint}
          value={v.area}
          error={fieldError(errors, 'area')}
          maxLength={200}
        />
        <TextField
          id="phone"
          type="tel"
          label={t.phone}
          hint={t.phoneHint}
          value={v.phone}
          error={fieldError(errors, 'phone')}
          maxLength={30}
          autocomplete="tel"
        />
        <Button secondary>{t.save}</Button>
      </PostForm>
    </section>
  );
}
