import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../audit/audit.service.js';
import type { Command } from '../cli/command.js';
import { formatBytes, formatSeconds } from '../i18n/format.js';
import { backupFileName } from './backup.files.js';
import { makeBackup } from './backup.service.js';
import { DumpError } from './dump.js';
import { existingTables } from './restore.js';

export const backupCommand: Command = {
  path: ['backup'],
  summary: 'Ta en säkerhetskopia av hela databasen medan webbplatsen är igång',
  usage: 'asf backup [fil]',
  help: [
    'Skriver hela databasen som SQL till en fil: en ögonblicksbild av allt, också medan servern',
    'är igång. Slutar filnamnet på .gz komprimeras filen (ungefär en sjättedel av storleken).',
    'Utan filnamn skrivs den till asf-sakerhetskopia-ÅÅÅÅ-MM-DD-TTMMSS.sql.gz i den här mappen.',
    '',
    'Filen är en vanlig PostgreSQL-dump och kan läsas in med asf restore, i den inbyggda',
    'databasen eller i en PostgreSQL-server (DATABASE_URL=… asf restore fil). Så flyttar man',
    'registret från den inbyggda databasen till PostgreSQL. Den kan också läsas med psql.',
    '',
    'Med den inbyggda databasen gör servern kopian, om den är igång; webbplatsen väntar under',
    'tiden (omkring 10 sekunder vid 30 000 företag). Med PostgreSQL behövs programmet pg_dump.',
    '',
    'Exempel:',
    '  asf backup',
    '  asf backup /mnt/kopior/asf.sql.gz',
  ].join('\n'),
  async run({ positionals }, io, env) {
    if (positionals.length > 1) {
      io.err(`Ange högst en fil. Användning: ${this.usage}`);
      return 2;
    }
    const now = new Date();
    const file = positionals[0] ?? backupFileName(now).replace(/^asf-/, 'asf-sakerhetskopia-');
    // Opening an empty folder would make a new, empty database there (and take a while).
    if (!env.inServer && !env.config.DATABASE_URL && !existsSync(join(env.config.DATA_DIR, 'PG_VERSION'))) {
      io.err(
        `Det finns ingen databas i ${env.config.DATA_DIR}. Sätt DATA_DIR till databasens mapp (eller DATABASE_URL).`,
      );
      return 1;
    }
    // The database as it is, not migrated first: a backup taken before an upgrade must be of the
    // version before it, so that going back is possible.
    const database = await env.database({ migrate: false });
    if ((await existingTables(database)).length === 0) {
      io.err('Databasen är tom: det finns inget att säkerhetskopiera.');
      return 1;
    }
    io.progress('Läser databasen …');
    let backup;
    try {
      backup = await makeBackup(database, env.config, file, now);
    } catch (e) {
      if (!(e instanceof DumpError)) throw e;
      io.progress('');
      io.err(e.message);
      return 1;
    }
    io.progress('Skriver filen …');
    await io.writeFile(file, backup.bytes);
    io.progress('');
    await audit(database.db, {
      at: now,
      actor: { system: 'Kommandoraden (asf backup)' },
      action: 'backup',
      subject: file,
      details: { file, bytes: backup.bytes.length, dumpMs: backup.dumpMs },
    });
    io.out(
      `Säkerhetskopian skrevs till ${file} (${formatBytes(backup.bytes.length)}; databasen lästes på ${formatSeconds(backup.dumpMs)}).`,
    );
    return 0;
  },
};
