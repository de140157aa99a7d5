import type { RegisterContext } from '../db.js';
import { listListedCoordinators, type ListedCoordinator } from './listing.repository.js';

const swedish = new Intl.Collator('sv');

/** The public list, by area and then name in Swedish order (Å, Ä, Ö last), the same on either database. */
export async function listedCoordinators(ctx: RegisterContext): Promise<ListedCoordinator[]> {
  const rows = await listListedCoordinators(ctx.db);
  return rows.sort((a, b) => swedish.compare(a.area, b.area) || swedish.compare(a.name ?? a.email, b.name ?? b.email));
}
