import type { CurrentUser } from '../../../platform/auth/roles.js';
import { findColumnChoice, upsertColumnChoice } from './import.choices.repository.js';
import { headerSetKey, NO_SETTINGS, settingsFromJson, type ImportSettings } from './import.mapping.js';
import type { ColumnChoices } from './import.columns.js';
import { setUploadSettings } from './import.upload.repository.js';
import type { RegisterContext } from '../db.js';

/**
 * Column choices in the browser import (issue 7 §5). An upload is read with its own settings once
 * someone chose them in its preview, else with the choices remembered for its set of headers. A
 * choice made in one preview is remembered for every later file with the same headers, shared by
 * all coordinators, with who made it.
 */
export interface RememberedChoices {
  columns: ColumnChoices;
  /** Who chose them last: a name or address; null when that account is deleted. */
  by: string | null;
  at: Date;
}

export async function rememberedChoices(
  ctx: Pick<RegisterContext, 'db'>,
  headers: readonly string[],
): Promise<RememberedChoices | null> {
  const row = await findColumnChoice(ctx.db, headerSetKey(headers));
  if (!row) return null;
  return {
    columns: settingsFromJson({ columns: row.choices }).columns,
    by: row.set_by === null ? null : row.set_by_name || row.set_by_email,
    at: row.set_at,
  };
}

/** The settings an upload is read with, and the remembered choices they came from, if they did. */
export async function settingsForUpload(
  ctx: Pick<RegisterContext, 'db'>,
  upload: { settings: ImportSettings | null },
  headers: readonly string[],
): Promise<{ settings: ImportSettings; remembered: RememberedChoices | null }> {
  if (upload.settings) return { settings: upload.settings, remembered: null };
  const remembered = await rememberedChoices(ctx, headers);
  return remembered
    ? { settings: { ...NO_SETTINGS, columns: remembered.columns }, remembered }
    : { settings: NO_SETTINGS, remembered: null };
}

/** Keeps the settings for this upload, and its column choices for the next file with the same headers. */
export async function saveChoices(
  ctx: RegisterContext,
  user: CurrentUser,
  uploadId: string,
  headers: readonly string[],
  settings: ImportSettings,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await setUploadSettings(trx, uploadId, settings);
    if (settings.columns.length === 0) return;
    await upsertColumnChoice(trx, {
      headerSet: headerSetKey(headers),
      headers,
      choices: settings.columns,
      userId: user.id,
      now: ctx.now(),
    });
  });
}
