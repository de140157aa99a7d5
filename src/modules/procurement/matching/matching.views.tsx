import { Pagination } from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import { opportunityPath } from '../listing/listing.views.js';
import { opportunityText } from '../opportunity/opportunity.text.js';
import { lotHeading, whenText } from '../opportunity/opportunity.format.js';
import type { Opportunity } from '../opportunity/opportunity.types.js';
import { reasonsOf } from './match.explain.js';
import type { LotMatch } from './match.score.js';
import type { LotMatches, OpportunityMatch } from './matching.service.js';
import { matchingText } from './matching.text.js';
import { ENTERPRISE_OPPORTUNITIES_PATH } from './matching.paths.js';
import { interestPath } from '../opportunity/opportunity.paths.js';

/** How many matches the buyer's overview shows per lot, and the enterprise's page its section. */
const OVERVIEW_MATCHES = 3;
const SECTION_OPPORTUNITIES = 5;

/** One match's reasons, as a list (a screen reader hears them one by one). */
function Reasons({ match, today, you }: { match: LotMatch; today: string; you: boolean }) {
  return (
    <ul class="reasons">
      {reasonsOf(match, today, you).map((r) => (
        <li>{r}</li>
      ))}
    </ul>
  );
}

/** On the buyer's overview, under a lot: how many match, the best few, and the way to all. */
export function LotMatchesSummary({
  entry,
  today,
  allHref,
}: {
  entry: LotMatches | undefined;
  today: string;
  /** The buyer's page of every match (its anchor for the lot is added here). */
  allHref: string;
}) {
  const t = matchingText.overview;
  const position = entry?.lot.position ?? 0;
  const headingId = `matchar-${position}`;
  const body = (() => {
    if (!entry || (!entry.lot.mainCpv && entry.lot.additionalCpv.length === 0)) return <p class="hint">{t.noCodes}</p>;
    if (entry.matches.length === 0) return <p>{t.none}</p>;
    return (
      <>
        <p>{t.count(entry.matches.length)}</p>
        <ol class="matches">
          {entry.matches.slice(0, OVERVIEW_MATCHES).map((m) => (
            <li>
              <a href={`/foretag/${m.supplier.orgnr}`} lang="sv">
                {m.supplier.name}
              </a>{' '}
              <span class="meta">({matchingText.score(m.score)})</span>
              <Reasons match={m} today={today} you={false} />
            </li>
          ))}
        </ol>
        <p>
          <a href={`${allHref}#delomrade-${position}`}>{t.all(position, entry.matches.length)}</a>
        </p>
      </>
    );
  })();
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t.heading}</h4>
      {body}
    </section>
  );
}

/** The buyer's page of every match, lot by lot. */
export function BuyerMatchesPage({
  o,
  perLot,
  today,
  demo,
  path,
  backHref,
}: {
  o: Opportunity;
  perLot: LotMatches[];
  today: string;
  demo: boolean;
  path: string;
  backHref: string;
}) {
  const t = matchingText.buyerPage;
  return (
    <Layout title={t.title(o.title)} path={path} demo={demo}>
      <p>
        <a href={backHref}>{t.back}</a>
      </p>
      <h1>{t.title(o.title)}</h1>
      <p class="lead">{t.lead}</p>
      {perLot.map(({ lot, matches }) => (
        <section aria-labelledby={`delomrade-${lot.position}`}>
          <h2 id={`delomrade-${lot.position}`} tabIndex={-1}>
            {lotHeading(lot)}
          </h2>
          {matches.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            // A list rather than a table: each match's reasons are a few lines, which a table
            // squeezed into a sliver on a phone.
            <ol class="result-list">
              {matches.map((m) => (
                <li class="result">
                  <h3>
                    <a href={`/foretag/${m.supplier.orgnr}`} lang="sv">
                      {m.supplier.name}
                    </a>
                  </h3>
                  <p class="meta">{matchingText.score(m.score)}</p>
                  <Reasons match={m} today={today} you={false} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </Layout>
  );
}

/** One opportunity for an enterprise: what, whose, when, and the lots it fits with why. */
function OpportunityItem({ item, today, level }: { item: OpportunityMatch; today: string; level: 'h3' | 'h2' }) {
  const o = item.opportunity;
  const when = whenText(o);
  const Heading = level;
  return (
    <li class="result">
      <Heading>
        <a href={opportunityPath(o.id)} lang={o.textLanguage}>
          {o.title}
        </a>
      </Heading>
      <p class="meta">
        {[opportunityText.kinds[o.kind], o.buyerName, when].filter(Boolean).join(' · ')}{' '}
        <span>({matchingText.score(item.score)})</span>
      </p>
      {item.lots.map(({ lot, match }) => (
        <div class="match">
          {o.lots.length > 1 && <p class="meta">{lotHeading(lot)}</p>}
          <Reasons match={match} today={today} you={true} />
        </div>
      ))}
      <p>
        <a href={interestPath(o.id)}>{matchingText.enterprise.interest}</a>
      </p>
    </li>
  );
}

/** The section on /mitt-foretag: the best few, and the way to all. */
export function EnterpriseSection({ items, today }: { items: OpportunityMatch[] | null; today: string }) {
  const t = matchingText.enterprise;
  return (
    <section aria-labelledby="mojligheter">
      <h2 id="mojligheter">{t.heading}</h2>
      {items === null ? (
        <p>{t.notPublished}</p>
      ) : items.length === 0 ? (
        <>
          <p>{t.none}</p>
          <p>
            <a href="/mitt-foretag/steg/2">{t.widen}</a>
          </p>
        </>
      ) : (
        <>
          <p>{t.lead}</p>
          <ol class="result-list">
            {items.slice(0, SECTION_OPPORTUNITIES).map((item) => (
              <OpportunityItem item={item} today={today} level="h3" />
            ))}
          </ol>
          <p>
            <a href={ENTERPRISE_OPPORTUNITIES_PATH}>{t.all(items.length)}</a>
          </p>
        </>
      )}
    </section>
  );
}

/** /mitt-foretag/mojligheter: every open opportunity that fits, best first. */
export const OPPORTUNITIES_PAGE_SIZE = 20;

export function EnterpriseOpportunitiesPage({
  items,
  today,
  demo,
  page,
}: {
  items: OpportunityMatch[] | null;
  today: string;
  demo: boolean;
  /** From 1; past the end, the last page. */
  page: number;
}) {
  const t = matchingText.enterprise;
  const pageCount = Math.max(1, Math.ceil((items?.length ?? 0) / OPPORTUNITIES_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const first = (current - 1) * OPPORTUNITIES_PAGE_SIZE;
  return (
    <Layout title={t.title} path={ENTERPRISE_OPPORTUNITIES_PATH} demo={demo}>
      <p>
        <a href="/mitt-foretag">{t.back}</a>
      </p>
      <h1>{t.title}</h1>
      {items === null ? (
        <p>{t.notPublished}</p>
      ) : items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p class="lead">{t.lead}</p>
          <p>{t.count(items.length)}</p>
          <ol class="result-list" start={first + 1}>
            {items.slice(first, first + OPPORTUNITIES_PAGE_SIZE).map((item) => (
              <OpportunityItem item={item} today={today} level="h2" />
            ))}
          </ol>
          <Pagination
            page={current}
            pageCount={pageCount}
            href={(p) => `${ENTERPRISE_OPPORTUNITIES_PATH}${p > 1 ? `?sida=${p}` : ''}`}
          />
        </>
      )}
    </Layout>
  );
}
