import { sql, type Kysely } from 'kysely';

/**
 * How a file's columns are read (issue 7 §5). An upload keeps the choices and the date it was
 * previewed with, so that the import uses exactly those. Choices are also remembered per set of
 * headers (folded, in any order), so that the next file with the same headers is read the same
 * way by every coordinator, on every instance.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('import_upload').addColumn('settings', 'jsonb').execute();

  await db.schema
    .createTable('import_column_choice')
    .addColumn('header_set', 'text', (c) => c.primaryKey())
    .addColumn('headers', sql`text[]`, (c) => c.notNull())
    .addColumn('choices', 'jsonb', (c) => c.notNull())
    .addColumn('set_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('set_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create index import_column_choice_set_by_idx on import_column_choice (set_by)`.execute(db);
}
