import type { Database } from '../db/database.js';

/**
 * What a database holds, in a form two databases can be compared by: every table's row count
 * and a checksum of its rows, every sequence's position, and the names of the indexes,
 * constraints, triggers, functions and extensions. Rows are read in UTC and ISO dates, and
 * ordered byte-wise, so that the embedded database and a PostgreSQL server give the same sums
 * for the same rows.
 */
export interface DatabaseFingerprint {
  tables: Record<string, { rows: number; md5: string }>;
  sequences: Record<string, number | null>;
  objects: string[];
}

/** Audit events the backup and restore commands write about themselves: one side has them, the other not. */
const OWN_EVENTS = `action not in ('backup', 'restore')`;

export async function databaseFingerprint(database: Database): Promise<DatabaseFingerprint> {
  return database.session(async (s) => {
    await s.exec(`set timezone = 'UTC'; set datestyle = 'ISO, YMD'; set intervalstyle = 'postgres'`);
    const names = await s.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    );
    const tables: DatabaseFingerprint['tables'] = {};
    for (const { name } of names) {
      const where = name === 'audit_event' ? `where ${OWN_EVENTS}` : '';
      const [row] = await s.query<{ rows: number | string; md5: string }>(
        `select count(*) as rows,
                md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text) collate "C"), '')) as md5
           from public.${quoteIdent(name)} t ${where}`,
      );
      tables[name] = { rows: Number(row!.rows), md5: row!.md5 };
    }
    const sequences: DatabaseFingerprint['sequences'] = {};
    for (const r of await s.query<{ name: string; last: number | string | null }>(
      `select sequencename as name, last_value as last from pg_sequences where schemaname = 'public'`,
    )) {
      sequences[r.name] = r.last === null ? null : Number(r.last);
    }
    const objects = (
      await s.query<{ object: string }>(
        `select 'index ' || indexname as object from pg_indexes where schemaname = 'public'
         union all
         select 'constraint ' || cl.relname || '.' || c.conname
           from pg_constraint c join pg_class cl on cl.oid = c.conrelid join pg_namespace n on n.oid = cl.relnamespace
          where n.nspname = 'public' and c.contype <> 'n'
         union all
         select 'trigger ' || cl.relname || '.' || t.tgname
           from pg_trigger t join pg_class cl on cl.oid = t.tgrelid join pg_namespace n on n.oid = cl.relnamespace
          where n.nspname = 'public' and not t.tgisinternal
         union all
         select 'function ' || p.proname
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname = 'public'
            and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
         union all
         select 'extension ' || extname from pg_extension`,
      )
    )
      .map((r) => r.object)
      .sort();
    return { tables, sequences, objects };
  });
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
