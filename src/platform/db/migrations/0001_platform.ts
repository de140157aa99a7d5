import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // pg_trgm gives typo-tolerant search. Installed in public so that every schema (tests run one
  // schema each on a shared server) finds it through search_path.
  await sql`create extension if not exists pg_trgm schema public`.execute(db);

  await db.schema
    .createTable('cpv_code')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('parent', 'text')
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('label_sv', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text')
    .execute();
}
