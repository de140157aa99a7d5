import { after, before } from 'node:test';
import type { DatabaseKind } from '../../../platform/db/database.js';
import { openTestDatabase, type AppDatabase } from '../../../app/testing/test-db.js';
import { parseCsvBytes } from '../import/import.parse.js';
import type { ImportOptions } from '../import/import.types.js';

/** The import's options as the tests' command line gives them, on the tests' date. */
export const importOptions = (o: Partial<ImportOptions> = {}): ImportOptions => ({
  dryRun: false,
  skipInvalid: false,
  source: 'import',
  today: '2026-11-24',
  note: 'test.csv',
  ...o,
});

/** A semicolon-separated file from its lines, as the import reads it. */
export const csvTable = (lines: string[]) => parseCsvBytes(new TextEncoder().encode(lines.join('\r\n')));

/**
 * For a describe block of import tests: a database of `kind`, opened before its tests and
 * closed after, and a reset that empties the register (versions first: they keep their
 * enterprise) and the audit log the tests read.
 */
export function useImportDatabase(kind: DatabaseKind) {
  let database: AppDatabase | undefined;
  before(async () => {
    database = await openTestDatabase(kind);
  });
  after(async () => {
    await database?.close();
  });
  const db = () => database!.db;
  const reset = async () => {
    await db().deleteFrom('enterprise_version').execute();
    await db().deleteFrom('audit_event').execute();
    await db().deleteFrom('enterprise').execute();
  };
  return { db, reset };
}
