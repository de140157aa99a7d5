import { formatDate, formatInteger, formatPercent } from '../../../platform/i18n/format.js';
import { categoryNameOf } from '../../../platform/reference/categories.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { Fact } from '../../../platform/views/components.js';
import { FACT_GROUPS, type EnterpriseFacts } from '../enterprise/enterprise.types.js';
import { factSourceName, legalFormName } from '../enterprise/enterprise.names.js';
import { targetGroupShare } from '../enterprise/rules.js';
import { directoryText } from '../directory/directory.text.js';
import { fieldLabel } from './changes.service.js';
import type { CoordinatorView } from './verification.service.js';
import { verificationText } from './verification.text.js';

const t = verificationText;

/** A label from a catalogue map, or the key itself for a value the catalogue does not know yet. */
export function labelOf(map: object, key: string): string {
  const v = (map as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : key;
}

const placeName = (countyCode: string, municipalityCode: string | null) =>
  municipalityCode
    ? (municipalityByCode(municipalityCode)?.name ?? municipalityCode)
    : t.facts.wholeCounty(countyByCode(countyCode)?.name ?? countyCode);

/** One top-level fact as a line of plain Swedish: what the change feed shows before and after. */
export function factText(field: string, f: Partial<EnterpriseFacts>): string {
  const none = t.facts.none;
  switch (field) {
    case 'legalForm':
      return f.legalForm ? legalFormName(f.legalForm) : none;
    case 'employees': {
      const e = f.employees;
      if (!e) return none;
      const share = targetGroupShare(e);
      return t.facts.employeesText(
        formatInteger(e.total),
        formatInteger(e.targetGroup),
        share === null ? '–' : formatPercent(share),
        formatDate(e.reportedOn),
      );
    }
    case 'certifications':
      return f.certifications?.length
        ? f.certifications
            .map((c) => t.facts.certificationText(c.name, c.issuer, c.validUntil ? formatDate(c.validUntil) : null))
            .join('; ')
        : t.facts.noCertifications;
    case 'address': {
      const a = f.address;
      if (!a) return none;
      const parts = [
        a.street,
        [a.postalCode, a.city].filter(Boolean).join(' '),
        a.municipalityCode ? municipalityByCode(a.municipalityCode)?.name : null,
      ].filter(Boolean);
      return parts.length > 0 ? parts.join(', ') : none;
    }
    case 'operatingAreas':
      return f.operatingAreas?.length
        ? f.operatingAreas.map((a) => placeName(a.countyCode, a.municipalityCode)).join(', ')
        : none;
    case 'offerings':
      return f.offerings?.length
        ? f.offerings
            .map((o) => `${categoryNameOf(o.category)}${o.description ? ` (${o.description})` : ''}`)
            .join(', ')
        : none;
    case 'trainingPlaces':
      return f.trainingPlaces ? t.facts.trainingText(f.trainingPlaces.capacity, f.trainingPlaces.free) : none;
    case 'targetGroups':
    case 'networks': {
      const list = f[field];
      return list?.length ? list.join(', ') : none;
    }
    default: {
      const v = (f as Record<string, unknown>)[field];
      return v === null || v === undefined || v === '' ? none : String(v);
    }
  }
}

const FACT_FIELDS = [
  'orgnr',
  'name',
  'legalForm',
  'foundedYear',
  'description',
  'website',
  'email',
  'phone',
  'address',
  'operatingAreas',
  'offerings',
  'employees',
  'targetGroups',
  'certifications',
  'trainingPlaces',
  'networks',
] as const;

/** Facts the enterprise writes in its own (Swedish) words, marked so on an English page. */
const FREE_TEXT: ReadonlySet<string> = new Set(['description', 'offerings', 'targetGroups', 'networks']);

/** Every fact of the enterprise, as the coordinator checks them. */
export function FactList({
  facts,
  sources,
}: {
  facts: EnterpriseFacts;
  sources: CoordinatorView['workflow']['enterprise']['sources'];
}) {
  return (
    <dl class="facts">
      {FACT_FIELDS.map((field) => (
        <Fact key={field} term={fieldLabel(field)}>
          {FREE_TEXT.has(field) ? <span lang="sv">{factText(field, facts)}</span> : factText(field, facts)}
        </Fact>
      ))}
      <Fact term={t.facts.sources}>
        {FACT_GROUPS.filter((g) => sources[g])
          .map((g) => {
            const s = sources[g]!;
            return directoryText.profile.sourceLine(
              directoryText.profile.factGroups[g],
              factSourceName(s.source),
              formatDate(new Date(s.at)),
            );
          })
          .join('; ') || t.facts.none}
      </Fact>
    </dl>
  );
}
