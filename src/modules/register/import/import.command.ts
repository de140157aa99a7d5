import { basename } from 'node:path';
import { readNamedFile, type CliIO, type Command } from '../../../platform/cli/command.js';
import { analyze } from '../../../platform/db/maintenance.js';
import { commandLineNotes, settingsFromCommandLine } from './import.mapping.js';
import { formatOf, ImportFileError } from './import.parse.js';
import { ImportCancelled } from './import.service.js';
import type { ImportReport } from './import.types.js';
import { importFileInWorker } from './import.worker.js';
import { isoDate } from '../../../platform/calendar.js';

export const importEnterprisesCommand: Command = {
  path: ['import', 'enterprises'],
  summary: 'Läs in företag från en CSV- eller Excel-fil',
  usage:
    'asf import enterprises <fil.csv|fil.xlsx> [--dry-run] [--skip-invalid] [--kolumn "Rubrik=Fält" …] [--rapporterat ÅÅÅÅ-MM-DD]',
  help: [
    'Läser en fil med ett företag per rad och rubriker på första raden. Rubrikerna får vara på',
    'svenska eller engelska, till exempel Organisationsnummer (Org.nr), Namn, Företagsform, Kommun,',
    'Verksamhetsområde, Tjänster, CPV, Anställda, Anställda ur målgruppen, Rapporterat,',
    'Certifiering, Certifierad till, Arbetsträningsplatser, Lediga platser, E-post, Telefon,',
    'Webbplats, Adress, Postnummer, Ort, Beskrivning och Grundat. Listor i en cell skrivs med',
    'semikolon emellan. CSV-filer får vara semikolon- eller kommaavgränsade, i UTF-8 eller i',
    'Excels äldre teckenkodning. En Excel-fil läses från första bladet.',
    '',
    'Företag känns igen på organisationsnumret: finns det redan uppdateras det, annars läggs det',
    'till. Kolumner som filen saknar lämnas orörda. Att läsa in samma fil igen ändrar ingenting.',
    '',
    'Hela filen kontrolleras först. Har någon rad fel skrivs ingenting, och varje fel visas med',
    'rad, kolumn och vad som är fel. Allt skrivs i en enda transaktion: allt eller inget.',
    'Ett exempel att utgå från finns i tests/fixtures/import/exempel.csv.',
    '',
    'Flaggor:',
    '  --dry-run       kontrollera filen och visa vad som skulle hända, utan att skriva något',
    '  --skip-invalid  läs in de felfria raderna och hoppa över dem som har fel',
    '  --kolumn "Rubrik=Fält"',
    '                  läs en kolumn som plattformen inte känner igen som ett fält, till exempel',
    '                  --kolumn "Verksam i=Verksamhetsområde", eller --kolumn "Kontaktperson=hoppa över";',
    '                  får anges flera gånger',
    '  --rapporterat ÅÅÅÅ-MM-DD',
    '                  datumet som antalen anställda gäller, för en fil utan kolumn för det',
    '  --granskat      intyga att de fyra ASF-kriterierna är granskade för filens företag; de märks',
    '                  då som granskade (av kommandoraden, nu) och intygandet står i händelseloggen.',
    '                  Utan flaggan visas nya företag som "Importerad – ej granskad mot kriterierna"',
    '                  och står i samordnarnas granskningskö',
  ].join('\n'),
  options: {
    'dry-run': { type: 'boolean' },
    'skip-invalid': { type: 'boolean' },
    kolumn: { type: 'string', multiple: true },
    rapporterat: { type: 'string' },
    granskat: { type: 'boolean' },
  },
  async run({ values, positionals }, io, env) {
    const [path] = positionals;
    if (!path || positionals.length > 1) {
      io.err('Ange en fil att läsa in, till exempel: asf import enterprises foretag.csv');
      return 2;
    }
    const format = formatOf(path);
    if (!format) {
      io.err(`Filen ${basename(path)} måste vara en CSV-fil (.csv) eller en Excel-fil (.xlsx).`);
      return 2;
    }
    const bytes = await readNamedFile(io, path);
    if (bytes === undefined) return 1;
    const dryRun = values['dry-run'] === true;
    const skipInvalid = values['skip-invalid'] === true;
    const criteriaAttested = values.granskat === true;
    const settings = settingsFromCommandLine(values.kolumn, values.rapporterat, isoDate(new Date()));
    if (!settings.ok) {
      io.err(settings.message);
      return 2;
    }
    io.err(`Läser ${basename(path)}${dryRun ? ' (provkörning, inget skrivs)' : ''} …`);
    const opening = env.database();
    try {
      // Rows are checked in a worker thread (which starts while the database opens) as the
      // database writes those already checked.
      const report = await importFileInWorker(
        opening.then((d) => d.db),
        bytes,
        format,
        {
          dryRun,
          skipInvalid,
          criteriaAttested,
          source: 'import',
          today: isoDate(new Date()),
          note: basename(path),
          settings: settings.value,
          signal: io.signal,
          onProgress: (done, total) => io.progress(`Kontrollerar och sparar: rad ${done} av ${total}`),
        },
      );
      io.progress('');
      if (report.written) await analyze((await opening).db, (await opening).kind);
      return printReport(report, { dryRun, skipInvalid, criteriaAttested }, io);
    } catch (e) {
      if (e instanceof ImportFileError) {
        io.progress('');
        io.err(e.message);
        return 1;
      }
      if (e instanceof ImportCancelled) {
        io.progress('');
        io.err('Importen avbröts. Ingenting från filen skrevs till registret.');
        return 130;
      }
      throw e;
    }
  },
};

export function printReport(
  report: ImportReport,
  flags: { dryRun: boolean; skipInvalid: boolean; criteriaAttested?: boolean },
  io: CliIO,
): number {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  for (const line of commandLineNotes(report)) io.out(line);
  if (report.invalid.length > 0) {
    io.out(`Fel i filen (${report.invalid.length} st på ${n(report.invalidRows, 'rad', 'rader')}):`);
    for (const p of report.invalid) io.out(`  Rad ${p.row}, kolumn "${p.column}": ${p.message}`);
    io.out('');
  }
  const would = flags.dryRun || (report.invalidRows > 0 && !flags.skipInvalid) ? 'skulle bli ' : '';
  io.out(
    `${n(report.total, 'rad', 'rader')}: ${would}${n(report.created, 'nytt företag', 'nya företag')}, ` +
      `${report.updated} ändrade, ${report.unchanged} oförändrade` +
      (report.invalidRows > 0 ? `, ${n(report.invalidRows, 'rad', 'rader')} med fel.` : '.'),
  );
  if (report.written) {
    const skipped = report.invalidRows > 0 ? ` Raderna med fel hoppades över (--skip-invalid).` : '';
    io.out(`Klart: ${report.created + report.updated} företag sparades.${skipped}`);
    io.out(
      flags.criteriaAttested
        ? 'Företagen är märkta som granskade mot de fyra kriterierna (--granskat).'
        : 'Nya företag visas som "Importerad – ej granskad mot kriterierna" och står i samordnarnas granskningskö.',
    );
    return 0;
  }
  if (report.invalidRows > 0 && !flags.skipInvalid) {
    io.out('Ingenting skrevs till registret eftersom filen har fel. Rätta raderna ovan och kör igen,');
    io.out('eller kör med --skip-invalid för att läsa in de felfria raderna.');
    return 1;
  }
  if (flags.dryRun) {
    io.out('Provkörning (--dry-run): ingenting skrevs.');
    return report.invalidRows > 0 ? 1 : 0;
  }
  io.out('Ingenting behövde ändras.');
  return 0;
}
