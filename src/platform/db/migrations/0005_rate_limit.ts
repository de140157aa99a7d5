import { sql, type Kysely } from 'kysely';

/**
 * Hits on rate-limited forms (those that send e-mail: registration, new links, password reset),
 * kept in the database so that every instance counts the same hits.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit_hit')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create index rate_limit_hit_bucket_idx on rate_limit_hit (bucket, at)`.execute(db);
}
