import { sql, type Kysely } from 'kysely';

/**
 * Buyers' opportunities (issue 10 §1): the opportunity, its lots, the changes readers see, and
 * the two pieces of law kept as data an administrator edits (DESIGN §5): the direct-procurement
 * limits per year and the CPV list of 19 kap. 25 a § LOU.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('opportunity')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('buyer_organisation_id', 'integer', (c) => c.references('organisation.id').onDelete('set null'))
    .addColumn('buyer_name', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('expected_quarter', 'text')
    .addColumn('notice_url', 'text')
    .addColumn('deadline_at', 'timestamptz')
    .addColumn('deadline_zone', 'text')
    .addColumn('meeting_at', 'timestamptz')
    .addColumn('meeting_place', 'text')
    .addColumn('meeting_link', 'text')
    .addColumn('aimed_at_local', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('no_lots_reason', 'text')
    .addColumn('dialogue_held', 'boolean')
    .addColumn('no_dialogue_reason', 'text')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('manual'))
    .addColumn('country_code', 'text', (c) => c.notNull().defaultTo('SE'))
    .addColumn('procedure_id', 'text', (c) => c.unique())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closes_at', 'timestamptz')
    .addColumn('cpv_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('cpv_tree', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('county_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('whole_county_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('municipality_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('reservation_kinds', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();
  // The public list: published, by deadline or newest; the filters' arrays by GIN.
  await sql`create index opportunity_status_closes on opportunity (status, closes_at)`.execute(db);
  await sql`create index opportunity_status_published on opportunity (status, published_at desc, id desc)`.execute(db);
  for (const column of ['cpv_tree', 'county_codes', 'whole_county_codes', 'municipality_codes']) {
    await sql`create index ${sql.raw(`opportunity_${column}_idx`)} on opportunity using gin (${sql.ref(column)})`.execute(
      db,
    );
  }
  await sql`create index opportunity_buyer_name on opportunity (lower(buyer_name) text_pattern_ops)`.execute(db);
  await sql`create index opportunity_buyer_org on opportunity (buyer_organisation_id)`.execute(db);

  await db.schema
    .createTable('opportunity_lot')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('opportunity_id', 'integer', (c) => c.notNull().references('opportunity.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('lot_ref', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('main_cpv', 'text')
    .addColumn('additional_cpv', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('county_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('municipality_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('nuts_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('estimated_value', 'double precision')
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('SEK'))
    .addColumn('contract_months', 'integer')
    .addColumn('contract_start', 'date')
    .addColumn('reservation', 'text')
    .addColumn('reservation_reason', 'text')
    .addColumn('employment_clause', 'jsonb')
    .addColumn('deadline_at', 'timestamptz')
    .addColumn('deadline_zone', 'text')
    .addColumn('sme_suitable', 'boolean')
    .addColumn('social_objective', 'boolean')
    .addUniqueConstraint('opportunity_lot_position', ['opportunity_id', 'position'])
    .execute();

  await db.schema
    .createTable('opportunity_change')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('opportunity_id', 'integer', (c) => c.notNull().references('opportunity.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('changes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .execute();
  await sql`create index opportunity_change_of on opportunity_change (opportunity_id, at)`.execute(db);

  await db.schema
    .createTable('procurement_limit')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount_sek', 'bigint', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('procurement_limit_pk', ['year', 'kind'])
    .execute();
  // The limits the seeds give (Dalarna's guide to socially sustainable procurement, citing LOU
  // bilaga 2); an administrator adds the years and kinds to come.
  const source = 'LOU 19 kap., bilaga 2 (sociala och andra särskilda tjänster)';
  await sql`insert into procurement_limit (year, kind, amount_sek, source) values
    (2025, 'social_services', 8109450, ${source}), (2026, 'social_services', 8513250, ${source})`.execute(db);

  await db.schema
    .createTable('procurement_code_list')
    .addColumn('list', 'text', (c) => c.primaryKey())
    .addColumn('codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text')
    .execute();
  // Empty until an administrator enters the list with its source: the platform has no official
  // file of the welfare services 19 kap. 25 a § covers.
  await sql`insert into procurement_code_list (list) values ('non_profit')`.execute(db);
}
