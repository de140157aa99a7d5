import { categoryBySlug } from '../../../platform/reference/categories.js';
import { municipalitiesInCounty, municipalityByCode, countyByCode } from '../../../platform/reference/geo.js';
import type { EnterpriseFacts } from './enterprise.types.js';
import type { SearchColumns } from './enterprise.repository.js';
import { certifiedUntil } from './rules.js';

/**
 * What the search looks at for one enterprise, derived from its facts on every save so that a
 * search reads one row and never joins: where it delivers (a whole county expands to its
 * kommuner), what it offers (a category brings its CPV codes and synonyms), and the words that
 * the typo-tolerant search may correct a query to.
 */
export function buildSearchColumns(facts: EnterpriseFacts): SearchColumns {
  const counties = new Set<string>();
  const municipalities = new Set<string>();
  for (const area of facts.operatingAreas) {
    counties.add(area.countyCode);
    if (area.municipalityCode) municipalities.add(area.municipalityCode);
    else for (const m of municipalitiesInCounty(area.countyCode)) municipalities.add(m.code);
  }

  const categorySlugs = [...new Set(facts.offerings.map((o) => o.category))].sort();
  const cpv = new Set<string>();
  const categoryNames: string[] = [];
  const synonyms: string[] = [];
  const offeringTexts: string[] = [];
  for (const o of facts.offerings) {
    const category = categoryBySlug(o.category);
    if (category) {
      category.cpv.forEach((c) => cpv.add(c));
      categoryNames.push(category.name);
      synonyms.push(...category.synonyms);
    }
    o.cpv.forEach((c) => cpv.add(c));
    if (o.description) offeringTexts.push(o.description);
  }

  const seat = facts.address.municipalityCode ? municipalityByCode(facts.address.municipalityCode) : undefined;
  const placeNames = [
    facts.address.city,
    seat?.shortName,
    ...[...counties].map((c) => countyByCode(c)?.shortName),
  ].filter((s): s is string => Boolean(s));

  const documentA = facts.name;
  // A category's own name weighs more than its synonyms: "städning" should rank cleaning firms
  // above street-cleaning ones whose synonyms mention "städning av utemiljö".
  const documentB = categoryNames.join(' ');
  const documentC = [...synonyms, facts.description, ...offeringTexts, ...placeNames, ...facts.targetGroups].join(' ');

  return {
    documentA,
    documentB,
    documentC,
    sortName: sortKey(facts.name),
    areaCounties: [...counties].sort(),
    areaMunicipalities: [...municipalities].sort(),
    categorySlugs,
    cpvCodes: [...cpv].sort(),
    certifiedUntil: certifiedUntil(facts.certifications),
    words: vocabulary([documentA, documentB, documentC].join(' ')),
  };
}

/** Plain byte order sorts å, ä, ö wrongly; mapped to the characters after z they sort as in Swedish. */
export function sortKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/å/g, '{')
    .replace(/ä/g, '|')
    .replace(/[öø]/g, '}')
    .replace(/[éè]/g, 'e')
    .replace(/ü/g, 'y');
}

/** Lower-case words of three letters or more, as a query's tokens are formed. */
export function vocabulary(text: string): string[] {
  return [...new Set(tokenize(text).filter((w) => w.length >= 3 && !/^\d+$/.test(w)))];
}

export function tokenize(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
