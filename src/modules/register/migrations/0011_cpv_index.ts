import { sql, type Kysely } from 'kysely';

/**
 * An index on the codes each enterprise offers, so that the market analysis (and later the
 * matching of every published lot) asks for exact codes with `cpv_codes && array[…]` instead of
 * reading every enterprise: at 30 000 enterprises a scan took 70–100 ms in the embedded database.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index enterprise_cpv_codes_idx on enterprise using gin (cpv_codes)`.execute(db);
}
