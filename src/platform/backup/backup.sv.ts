import { formatInteger } from '../i18n/format.js';

/** Texts of the admin page for backups (Swedish, the source). */
export const backupSv = {
  title: 'Säkerhetskopior',
  lead: 'Säkerhetskopiorna är hela databasen som SQL. De kan läsas in med asf restore, i den inbyggda databasen eller i en PostgreSQL-server.',
  nightlyOn: (dir: string, daily: number, weekly: number) =>
    `Nattlig säkerhetskopiering är på: varje natt kl. 02.00 till mappen ${dir}. Alla kopior från det senaste dygnet sparas, och den nyaste från var och en av de senaste ${formatInteger(daily)} dagarna och ${formatInteger(weekly)} veckorna; äldre tas bort.`,
  nightlyOff: (dir: string) =>
    `Nattlig säkerhetskopiering är avstängd (inställningen BACKUP). Kopior som tas här hamnar i mappen ${dir}.`,
  next: 'Nästa nattliga kopia:',
  lastFailed: 'Senaste försöket misslyckades',
  failedText: (error: string) => `Felet: ${error}. Försöket görs om automatiskt; se också serverns logg.`,
  unreadable: (error: string) => `Mappen för säkerhetskopior kunde inte läsas: ${error}`,
  none: 'Det finns inga säkerhetskopior i mappen än.',
  caption: 'Säkerhetskopior, nyast först',
  columns: { taken: 'Tagen', size: 'Storlek', file: 'Fil' },
  download: (name: string) => `Hämta ${name}`,
  nowTitle: 'Ta en säkerhetskopia nu',
  nowText:
    'Med den inbyggda databasen väntar webbplatsen medan databasen läses, omkring 10 sekunder vid 30 000 företag. Alla kopior från det senaste dygnet sparas, också nattens.',
  nowButton: 'Ta en säkerhetskopia nu',
  taken: (name: string, size: string) => `Säkerhetskopian ${name} är klar (${size}).`,
  failed: (message: string) => `Säkerhetskopian kunde inte tas: ${message}`,
  restoreTitle: 'Läsa in en säkerhetskopia',
  restoreText:
    'Stoppa servern och kör npx asf restore <fil> på servern (med DATA_DIR eller DATABASE_URL inställd). Databasen måste vara tom; med --force flyttas den nuvarande undan först.',
  notFound: 'Det finns ingen sådan säkerhetskopia.',
} as const;
