import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('enterprise')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('orgnr', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legal_form', 'text', (c) => c.notNull())
    .addColumn('founded_year', 'integer')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('website', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('street_address', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('municipality_code', 'text')
    .addColumn('county_code', 'text')
    .addColumn('employees_total', 'integer')
    .addColumn('employees_target_group', 'integer')
    .addColumn('employees_reported_on', 'date')
    .addColumn('target_groups', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('training_capacity', 'integer')
    .addColumn('training_free', 'integer')
    .addColumn('training_target_groups', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('training_adaptations', 'text')
    .addColumn('training_supervisors', 'integer')
    .addColumn('networks', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('verified_at', 'timestamptz')
    .addColumn('verified_by', 'text')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('sources', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('search_document', sql`tsvector`)
    .addColumn('sort_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('area_counties', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('area_municipalities', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('category_slugs', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('cpv_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('certified_until', 'date')
    .addCheckConstraint(
      'enterprise_status_check',
      sql`status in ('draft','pending','published','needs_reverification','archived')`,
    )
    .addCheckConstraint('enterprise_orgnr_format', sql`orgnr ~ '^[0-9]{6}-[0-9]{4}$'`)
    .execute();

  await sql`create index enterprise_search_document_idx on enterprise using gin (search_document)`.execute(db);
  await sql`create index enterprise_area_counties_idx on enterprise using gin (area_counties)`.execute(db);
  await sql`create index enterprise_area_municipalities_idx on enterprise using gin (area_municipalities)`.execute(db);
  await sql`create index enterprise_category_slugs_idx on enterprise using gin (category_slugs)`.execute(db);
  await sql`create index enterprise_status_sort_name_idx on enterprise (status, sort_name)`.execute(db);

  await db.schema
    .createTable('enterprise_area')
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprise.id').onDelete('cascade'))
    .addColumn('county_code', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'text')
    .execute();
  await sql`create unique index enterprise_area_unique on enterprise_area (enterprise_id, county_code, coalesce(municipality_code, ''))`.execute(
    db,
  );

  await db.schema
    .createTable('enterprise_offering')
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprise.id').onDelete('cascade'))
    .addColumn('category_slug', 'text', (c) => c.notNull())
    .addColumn('cpv_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('description', 'text')
    .addPrimaryKeyConstraint('enterprise_offering_pk', ['enterprise_id', 'category_slug'])
    .execute();

  await db.schema
    .createTable('enterprise_certification')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprise.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text')
    .addColumn('valid_until', 'date')
    .execute();
  await sql`create index enterprise_certification_enterprise_idx on enterprise_certification (enterprise_id)`.execute(
    db,
  );

  // A counter bumped by every statement that writes enterprises. Search results are cached per
  // process and keyed by it, so every instance serving the same database sees a change at once.
  await sql`create table register_version (id boolean primary key default true check (id), version bigint not null default 0)`.execute(
    db,
  );
  await sql`insert into register_version default values`.execute(db);
  await sql`create function bump_register_version() returns trigger language plpgsql as $$
    begin update register_version set version = version + 1; return null; end $$`.execute(db);
  await sql`create trigger enterprise_register_version after insert or update or delete or truncate on enterprise
    for each statement execute function bump_register_version()`.execute(db);

  // Vocabulary of words that occur in published profiles: the typo-tolerant search looks up the
  // nearest real words here (trigram similarity) and then searches for those.
  await db.schema
    .createTable('search_word')
    .addColumn('word', 'text', (c) => c.primaryKey())
    .execute();
  await sql`create index search_word_trgm_idx on search_word using gin (word public.gin_trgm_ops)`.execute(db);
}
