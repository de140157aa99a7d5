import { sql, type Kysely } from 'kysely';

/**
 * The directory's in-process read model (search/read-model.ts) follows the register row by row:
 * every enterprise row carries the id of the transaction that last wrote it (`changed_xid`). A web
 * process reads the register's version and a snapshot's oldest running transaction together; when
 * the version has moved, it reads the rows whose writer is that old or newer — a superset of what
 * it has not seen, with no lock taken in a new order (the version is still bumped after each
 * statement, as before, now with the writer's transaction id beside it). Deletes and truncates also bump `deleted`: rows that are gone cannot be
 * read, so a process that sees it move reads the register anew.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table register_version add column deleted bigint not null default 0`.execute(db);
  // The last writer: counters that went back (a failover, a restore into the same cluster) and came
  // round to the same numbers still name another transaction here.
  await sql`alter table register_version add column last_xid xid8`.execute(db);
  await sql`alter table enterprise add column changed_xid xid8`.execute(db);
  await sql`create or replace function bump_register_version() returns trigger language plpgsql as $$
    begin
      update register_version set version = version + 1, last_xid = pg_current_xact_id(),
        deleted = deleted + (case when tg_op in ('DELETE', 'TRUNCATE') then 1 else 0 end);
      return null;
    end $$`.execute(db);
  await sql`create function stamp_enterprise_writer() returns trigger language plpgsql as $$
    begin new.changed_xid := pg_current_xact_id(); return new; end $$`.execute(db);
  await sql`create trigger enterprise_changed_xid before insert or update on enterprise
    for each row execute function stamp_enterprise_writer()`.execute(db);
  await sql`update enterprise set changed_xid = pg_current_xact_id()`.execute(db);
  await sql`create index enterprise_changed_xid_idx on enterprise (changed_xid)`.execute(db);
}
