import type { Kysely } from 'kysely';
import { currentLanguage } from '../../../platform/i18n/language.js';
import { categoryBySlug } from '../../../platform/reference/categories.js';
import { cpvLabels } from '../../../platform/reference/cpv.repository.js';
import type { Enterprise } from './enterprise.types.js';
import type { RegisterDB } from '../db.js';

/** Labels in the page's language for every CPV code a profile shows: its categories' codes and its own. */
export async function profileCpvLabels(db: Kysely<RegisterDB>, e: Enterprise): Promise<Map<string, string>> {
  const codes = e.offerings.flatMap((o) => [...(categoryBySlug(o.category)?.cpv ?? []), ...o.cpv]);
  const labels = await cpvLabels(db, codes);
  const english = currentLanguage() === 'en';
  return new Map([...labels].map(([code, l]) => [code, (english && l.labelEn) || l.labelSv]));
}
