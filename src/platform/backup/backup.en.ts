import { formatInteger } from '../i18n/format.js';
import type { Catalogue } from '../i18n/types.js';
import type { backupSv } from './backup.sv.js';

export const backupEn: Catalogue<typeof backupSv> = {
  title: 'Backups',
  lead: 'A backup is the whole database as SQL. It can be loaded with asf restore, into the embedded database or a PostgreSQL server.',
  nightlyOn: (dir: string, daily: number, weekly: number) =>
    `Nightly backups are on: every night at 02:00 to the folder ${dir}. Every backup from the last 24 hours is kept, and the newest of each of the last ${formatInteger(daily)} days and ${formatInteger(weekly)} weeks; older ones are removed.`,
  nightlyOff: (dir: string) =>
    `Nightly backups are off (the BACKUP setting). Backups taken here go to the folder ${dir}.`,
  next: 'Next nightly backup:',
  lastFailed: 'The last attempt failed',
  failedText: (error: string) => `The error: ${error}. It is tried again automatically; see also the server log.`,
  unreadable: (error: string) => `The backups folder could not be read: ${error}`,
  none: 'There are no backups in the folder yet.',
  caption: 'Backups, newest first',
  columns: { taken: 'Taken', size: 'Size', file: 'File' },
  download: (name: string) => `Download ${name}`,
  nowTitle: 'Take a backup now',
  nowText:
    'With the embedded database the site waits while the database is read, about 10 seconds at 30,000 enterprises. Every backup from the last 24 hours is kept, the night’s too.',
  nowButton: 'Take a backup now',
  taken: (name: string, size: string) => `The backup ${name} is done (${size}).`,
  failed: (message: string) => `The backup could not be taken: ${message}`,
  restoreTitle: 'Loading a backup',
  restoreText:
    'Stop the server and run npx asf restore <file> on the server (with DATA_DIR or DATABASE_URL set). The database must be empty; with --force the current one is moved aside first.',
  notFound: 'There is no such backup.',
};
