import { sql, type Kysely } from 'kysely';

/**
 * The directory's in-process read model (search/read-model.ts) follows the register row by row:
 * every enterprise row carries the register version it was last written in (`changed_in`), so a
 * web process catches up by reading only the rows written since the version it holds.
 *
 * For that, the counter is now bumped BEFORE each statement (it was after): the update locks the
 * counter's row until the writing transaction ends, so a second writer waits, and versions become
 * visible in the order they were handed out — a reader that has seen version N has seen every row
 * stamped N or lower. Deletes and truncates also bump `deleted`: rows that are gone cannot be read
 * since a version, so a process that sees it move reads the register anew.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table register_version add column deleted bigint not null default 0`.execute(db);
  await sql`alter table enterprise add column changed_in bigint not null default 0`.execute(db);
  await sql`drop trigger enterprise_register_version on enterprise`.execute(db);
  await sql`create or replace function bump_register_version() returns trigger language plpgsql as $$
    begin
      update register_version set version = version + 1,
        deleted = deleted + (case when tg_op in ('DELETE', 'TRUNCATE') then 1 else 0 end);
      return null;
    end $$`.execute(db);
  await sql`create trigger enterprise_register_version before insert or update or delete or truncate on enterprise
    for each statement execute function bump_register_version()`.execute(db);
  await sql`create function stamp_register_version() returns trigger language plpgsql as $$
    begin new.changed_in := (select version from register_version); return new; end $$`.execute(db);
  await sql`create trigger enterprise_changed_in before insert or update on enterprise
    for each row execute function stamp_register_version()`.execute(db);
  await sql`update enterprise set changed_in = (select version from register_version)`.execute(db);
  await sql`create index enterprise_changed_in_idx on enterprise (changed_in)`.execute(db);
}
