import { readNamedFile, type Command } from '../cli/command.js';
import { formatInteger, formatSeconds } from '../i18n/format.js';
import { decodeBackup } from './dump.js';
import { notAWholeBackup, RestoreError } from './restore.js';
import { restoreConfigured, TargetNotEmptyError } from './restore.service.js';

export const restoreCommand: Command = {
  path: ['restore'],
  summary: 'Läs in en säkerhetskopia i en tom databas',
  usage: 'asf restore <fil> [--force]',
  // The embedded database is restored by this process alone: never through a running server.
  alone: true,
  help: [
    'Läser in en säkerhetskopia (från asf backup, den nattliga kopian eller pg_dump) i den',
    'databas som är inställd: PostgreSQL om DATABASE_URL är satt, annars den inbyggda i DATA_DIR.',
    'Allt läses in i en enda transaktion: går något fel blir databasen lika tom som förut.',
    'Sedan uppdateras strukturen till den här versionen (asf migrate).',
    '',
    'Databasen måste vara tom. Med den inbyggda databasen får servern inte vara igång.',
    '',
    'Flytta från den inbyggda databasen till PostgreSQL:',
    '  npx asf backup flytt.sql.gz',
    '  DATABASE_URL=postgres://användare:lösenord@värd/databas npx asf restore flytt.sql.gz',
    '',
    'Flaggor:',
    '  --force   läs in också om databasen inte är tom: den inbyggda databasens mapp flyttas',
    '            då undan (inget raderas); i PostgreSQL töms schemat public först',
  ].join('\n'),
  options: { force: { type: 'boolean' } },
  async run({ values, positionals }, io, env) {
    const [file] = positionals;
    if (!file || positionals.length > 1) {
      io.err(`Ange filen att läsa in. Användning: ${this.usage}`);
      return 2;
    }
    const script = await readNamedFile(io, file, decodeBackup);
    if (script === undefined) return 1;
    const problem = notAWholeBackup(script, file);
    if (problem) {
      io.err(problem);
      return 1;
    }
    const where = env.config.DATABASE_URL ? 'PostgreSQL-databasen' : `den inbyggda databasen i ${env.config.DATA_DIR}`;
    const started = performance.now();
    try {
      const result = await restoreConfigured(env.config, script, {
        force: values.force === true,
        migrations: env.composition.migrations,
        fileName: file,
        now: new Date(),
        onProgress: (done, total) => io.progress(`Läser in: ${Math.floor((done / total) * 100)} %`),
      });
      io.progress('');
      io.out(
        `Läste in ${file} i ${where}: ${formatInteger(result.tables)} tabeller, ${formatInteger(result.rows)} rader, på ${formatSeconds(performance.now() - started)}.`,
      );
      if (result.migrations.length > 0) io.out(`Strukturen uppdaterades: ${result.migrations.join(', ')}.`);
      if (result.movedAside) io.out(`Databasen som fanns där förut ligger kvar i ${result.movedAside}.`);
      if (result.skipped.length > 0) {
        io.out(
          `Hoppade över ${result.skipped.length === 1 ? 'en sats' : `${result.skipped.length} satser`} som databasen inte behöver: ${result.skipped.join(' | ')}`,
        );
      }
      return 0;
    } catch (e) {
      io.progress('');
      if (e instanceof TargetNotEmptyError) {
        io.err(
          `${where[0]!.toUpperCase()}${where.slice(1)} är inte tom (${e.tables.length} tabeller, bland dem ${e.tables.slice(0, 3).join(', ')}). ` +
            (env.config.DATABASE_URL
              ? 'Läs in i en tom databas, eller lägg till --force för att tömma schemat public först.'
              : 'Läs in i en tom mapp (sätt DATA_DIR), eller lägg till --force: då flyttas den nuvarande databasen undan och inget raderas.'),
        );
        return 1;
      }
      if (e instanceof RestoreError) {
        io.err(e.message);
        return 1;
      }
      throw e;
    }
  },
};
