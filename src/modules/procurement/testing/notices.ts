import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from '../../../app/testing/test-app.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { sharedReferencePath } from '../../../platform/reference/shared-path.js';
import { contextWithProcurementTables } from '../db.js';
import { uploaderOrganisation } from '../notices/notice.batch.js';
import { importNotice } from '../notices/notice.import.js';
import type { EmploymentClause } from '../opportunity/opportunity.types.js';

/**
 * The eForms notices of ../shared/reference (the SDK's examples and real TED notices) with
 * their manifests, for the notice tests. null when the shared folder is absent.
 */
export interface ManifestRow {
  file: string;
  path: string;
  fields: Record<string, string>;
}

export function noticeFolders(): { examples: string; ted: string } | null {
  const examples = sharedReferencePath('eforms-sdk', 'examples-notices');
  const ted = sharedReferencePath('ted-notices');
  return examples && ted ? { examples, ted } : null;
}

/** A manifest's rows (quoted cells allowed, CRLF or LF). */
export function manifest(folder: string): ManifestRow[] {
  const lines = readFileSync(join(folder, 'MANIFEST.csv'), 'utf8').trim().split(/\r?\n/);
  const header = splitCsv(lines[0]!);
  return lines.slice(1).map((line) => {
    const cells = splitCsv(line);
    const fields = Object.fromEntries(header.map((h, i) => [h.trim(), (cells[i] ?? '').trim()]));
    return { file: fields.file!, path: join(folder, fields.file!), fields };
  });
}

function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

export function xmlFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => join(folder, f));
}

/** A notice with its notice id and procedure id replaced (BT-701, BT-04): the same notice, another procedure. */
export function renamed(xml: string, noticeId: string, procedureId: string): string {
  return xml
    .replace(/(<cbc:ID schemeName="notice-id">)[^<]*/, `$1${noticeId}`)
    .replace(/(<cbc:ContractFolderID>)[^<]*/, `$1${procedureId}`);
}

/** A notice read in as a buyer uploads it (owner: the user and their organisation). */
export async function importNoticeAs(t: TestApp, xml: string, owner: CurrentUser | null) {
  const ctx = contextWithProcurementTables(t.ctx);
  const ownerOrganisation = await uploaderOrganisation(ctx, owner);
  return importNotice(ctx, xml, { actor: owner ?? { system: 'test' }, owner, ownerOrganisation });
}

/** The buyer adds an employment clause to a lot a notice made (as on the lot page, between call and award). */
export async function giveLotClause(t: TestApp, opportunityId: number, position: number, clause: EmploymentClause) {
  await contextWithProcurementTables(t.ctx)
    .db.updateTable('opportunity_lot')
    .set({ employment_clause: JSON.stringify(clause) })
    .where('opportunity_id', '=', opportunityId)
    .where('position', '=', position)
    .execute();
}
