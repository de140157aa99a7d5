import { categoryBySlug, categoryName } from '../../../platform/reference/categories.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { formatDate, formatInteger, formatPercent } from '../../../platform/i18n/format.js';
import { JsonLd } from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import { FACT_GROUPS, type Enterprise } from '../enterprise/enterprise.types.js';
import { factSourceName, legalFormName } from '../enterprise/enterprise.names.js';
import { directoryText } from './directory.text.js';
import { isCertificationValid, isReservable, targetGroupShare } from '../enterprise/rules.js';

const t = directoryText.profile;

/** Where a reader says that something on the profile is wrong (coordination/report.routes.ts). */
export const reportErrorPath = (orgnr: string) => `/foretag/${orgnr}/rapportera`;

export interface ProfileProps {
  enterprise: Enterprise;
  today: string;
  demo: boolean;
  cpvLabels: Map<string, string>;
  baseUrl: string;
  /** When the profile lapsed (needs_reverification): the reference date plus twelve months. */
  unconfirmedSince?: Date | null | undefined;
  /** The search the user came from (/foretag?…), for the back link; see directory.routes.ts. */
  backTo?: string | undefined;
}

export function ProfilePage({
  enterprise: e,
  today,
  demo,
  cpvLabels,
  baseUrl,
  unconfirmedSince,
  backTo,
}: ProfileProps) {
  const seat = e.address.municipalityCode ? municipalityByCode(e.address.municipalityCode) : undefined;
  const share = targetGroupShare(e.employees);
  const reservable = isReservable(e.employees, today);
  const url = `${baseUrl}/foretag/${e.orgnr}`;
  return (
    <Layout
      title={e.name}
      path="/foretag"
      demo={demo}
      head={
        <>
          <link rel="canonical" href={url} />
          <JsonLd data={jsonLd(e, url)} />
        </>
      }
    >
      <p class="breadcrumb no-print">
        <a href={backTo ?? '/foretag'}>{backTo ? t.backToResults : t.backToList}</a>
      </p>
      <article class="profile">
        <h1>{e.name}</h1>
        {e.isDemo && <p class="notice">{t.demoNotice}</p>}
        {/* Reviewed against the criteria or only imported (issue 9 §2): verifiedAt is set by a
            coordinator's decision or an attested import, never by an import alone. */}
        <p class="verified-line">
          <strong class={e.verifiedAt ? 'verified' : 'verified unreviewed'}>
            {e.verifiedAt ? t.verified(formatDate(e.verifiedAt)) : t.notVerified}
          </strong>{' '}
          {e.verifiedAt ? t.verifiedHint : t.notVerifiedHint}
        </p>
        {e.status === 'needs_reverification' && (
          <div class="notice" role="note">
            <p>
              <strong>{unconfirmedSince ? t.notConfirmedSince(formatDate(unconfirmedSince)) : t.notConfirmed}</strong>
            </p>
            <p>{t.notConfirmedHint}</p>
          </div>
        )}

        <section aria-labelledby="om">
          <h2 id="om">{t.about}</h2>
          {e.description && (
            <p class="description" lang="sv">
              {e.description}
            </p>
          )}
          <dl class="facts">
            <Fact term={t.orgnr} value={e.orgnr} />
            <Fact term={t.legalForm} value={legalFormName(e.legalForm)} />
            {e.foundedYear !== null && <Fact term={t.founded} value={String(e.foundedYear)} />}
            {seat && <Fact term={t.seat} value={`${seat.name}, ${countyByCode(seat.countyCode)?.name ?? ''}`} />}
            {(e.address.street || e.address.city) && (
              <Fact
                term={t.address}
                value={[e.address.street, [e.address.postalCode, e.address.city].filter(Boolean).join(' ')]
                  .filter(Boolean)
                  .join(', ')}
              />
            )}
            {e.website && (
              <div>
                <dt>{t.website}</dt>
                <dd>
                  <a href={e.website} rel="nofollow noopener">
                    {e.website}
                  </a>
                </dd>
              </div>
            )}
            {e.email && (
              <div>
                <dt>{t.email}</dt>
                <dd>
                  <a href={`mailto:${e.email}`}>{e.email}</a>
                </dd>
              </div>
            )}
            {e.phone && (
              <div>
                <dt>{t.phone}</dt>
                <dd>{telHref(e.phone) ? <a href={telHref(e.phone)}>{e.phone}</a> : e.phone}</dd>
              </div>
            )}
          </dl>
        </section>

        <section aria-labelledby="tjanster">
          <h2 id="tjanster">{t.offerings}</h2>
          <ul class="offerings">
            {e.offerings.map((o) => {
              const category = categoryBySlug(o.category);
              const codes = [...new Set([...(category?.cpv ?? []), ...o.cpv])];
              return (
                <li>
                  <strong>{category ? categoryName(category) : o.category}</strong>
                  {o.description && <span lang="sv">: {o.description}</span>}
                  {codes.length > 0 && (
                    <p class="cpv">
                      {t.cpvCodes}: {codes.map((c) => (cpvLabels.get(c) ? `${c} ${cpvLabels.get(c)}` : c)).join('; ')}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="omraden">
          <h2 id="omraden">{t.areas}</h2>
          <ul>
            {e.operatingAreas.map((a) => (
              <li>
                {a.municipalityCode
                  ? `${municipalityByCode(a.municipalityCode)?.name ?? a.municipalityCode} (${countyByCode(a.countyCode)?.name ?? a.countyCode})`
                  : t.wholeCounty(countyByCode(a.countyCode)?.name ?? a.countyCode)}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="anstallda">
          <h2 id="anstallda">{t.employees}</h2>
          {e.employees && (
            <dl class="facts">
              <Fact term={t.employeesTotal} value={formatInteger(e.employees.total)} />
              <Fact
                term={t.employeesTarget}
                value={`${formatInteger(e.employees.targetGroup)}${share !== null ? ` (${formatPercent(share)})` : ''}`}
              />
              <Fact term={t.reportedOn} value={formatDate(e.employees.reportedOn)} />
            </dl>
          )}
          <p class={reservable ? 'indicator yes' : 'indicator'}>{reservable ? t.reservableYes : t.reservableNo}</p>
          {e.targetGroups.length > 0 && (
            <p>
              {t.targetGroups}: <span lang="sv">{e.targetGroups.join(', ')}</span>
            </p>
          )}
        </section>

        <section aria-labelledby="certifieringar">
          <h2 id="certifieringar">{t.certifications}</h2>
          {e.certifications.length === 0 ? (
            <p>{t.noCertifications}</p>
          ) : (
            <ul>
              {e.certifications.map((c) => (
                <li>
                  <span lang="sv">{c.name}</span>
                  {c.issuer ? ` (${c.issuer})` : ''}
                  {c.validUntil &&
                    `, ${isCertificationValid(c, today) ? t.validUntil(formatDate(c.validUntil)) : t.expired(formatDate(c.validUntil))}`}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="arbetstraning">
          <h2 id="arbetstraning">{t.training}</h2>
          {e.trainingPlaces ? (
            <dl class="facts">
              <Fact term={t.trainingCapacity} value={formatInteger(e.trainingPlaces.capacity)} />
              <Fact term={t.trainingFree} value={formatInteger(e.trainingPlaces.free)} />
              {e.trainingPlaces.targetGroups.length > 0 && (
                <Fact term={t.trainingTargetGroups} value={e.trainingPlaces.targetGroups.join(', ')} swedish />
              )}
              {e.trainingPlaces.adaptations && (
                <Fact term={t.trainingAdaptations} value={e.trainingPlaces.adaptations} swedish />
              )}
              {e.trainingPlaces.supervisors !== null && (
                <Fact term={t.trainingSupervisors} value={formatInteger(e.trainingPlaces.supervisors)} />
              )}
            </dl>
          ) : (
            <p>{t.noTraining}</p>
          )}
        </section>

        {e.networks.length > 0 && (
          <section aria-labelledby="natverk">
            <h2 id="natverk">{t.networks}</h2>
            <ul>
              {e.networks.map((n) => (
                <li>{n}</li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="kallor" class="sources">
          <h2 id="kallor">{t.facts}</h2>
          <ul>
            {FACT_GROUPS.filter((g) => e.sources[g]).map((g) => {
              const s = e.sources[g]!;
              return <li>{t.sourceLine(t.factGroups[g], factSourceName(s.source), formatDate(new Date(s.at)))}</li>;
            })}
          </ul>
          <p class="no-print">
            {t.reportErrorHint} <a href={reportErrorPath(e.orgnr)}>{t.reportError}</a>
          </p>
        </section>
      </article>
    </Layout>
  );
}

/**
 * A phone number as a tel: link that a phone can call: Swedish numbers are written with the
 * trunk 0 ("070-123 45 67"), a link needs the country code (+46701234567). Undefined when the
 * text holds no usable number.
 */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  const international = digits.startsWith('+')
    ? `+${digits.slice(1).replace(/\+/g, '')}`
    : digits.startsWith('00')
      ? `+${digits.slice(2)}`
      : digits.startsWith('0')
        ? `+46${digits.slice(1)}`
        : null;
  return international && /^\+\d{6,15}$/.test(international) ? `tel:${international}` : undefined;
}

/** A term and its value; `swedish` for what the enterprise wrote (or chose from Swedish lists). */
function Fact({ term, value, swedish }: { term: string; value: string; swedish?: boolean }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd lang={swedish ? 'sv' : undefined}>{value}</dd>
    </div>
  );
}

/** schema.org Organization, so that search engines and other registers can read the profile. */
export function jsonLd(e: Enterprise, url: string): Record<string, unknown> {
  const seat = e.address.municipalityCode ? municipalityByCode(e.address.municipalityCode) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': url,
    url: e.website ?? url,
    name: e.name,
    taxID: e.orgnr,
    description: e.description || undefined,
    foundingDate: e.foundedYear ? String(e.foundedYear) : undefined,
    email: e.email ?? undefined,
    telephone: e.phone ?? undefined,
    numberOfEmployees: e.employees ? { '@type': 'QuantitativeValue', value: e.employees.total } : undefined,
    address: {
      '@type': 'PostalAddress',
      streetAddress: e.address.street ?? undefined,
      postalCode: e.address.postalCode ?? undefined,
      addressLocality: e.address.city ?? seat?.shortName,
      addressRegion: seat ? countyByCode(seat.countyCode)?.name : undefined,
      addressCountry: 'SE',
    },
    areaServed: e.operatingAreas.map((a) => ({
      '@type': 'AdministrativeArea',
      name: a.municipalityCode ? municipalityByCode(a.municipalityCode)?.name : countyByCode(a.countyCode)?.name,
    })),
    knowsAbout: e.offerings.map((o) => categoryBySlug(o.category)?.name ?? o.category),
  };
}
