import { audit } from '../../../platform/audit/audit.service.js';
import type { Command } from '../../../platform/cli/command.js';
import { collectForExport, exportRows, toJson } from './export.service.js';
import { toCsv, toXlsx } from '../../../platform/http/table-export.js';
import { COMMAND_LINE } from '../../../platform/audit/audit.service.js';
import { isoDate } from '../../../platform/calendar.js';
import { API_PARAMS, readSearchParams } from '../search/search.params.js';

const FORMATS = ['csv', 'xlsx', 'json'] as const;
type Format = (typeof FORMATS)[number];

export const exportEnterprisesCommand: Command = {
  path: ['export', 'enterprises'],
  summary: 'Exportera företagsregistret som CSV, Excel eller JSON',
  usage: 'asf export enterprises --format csv|xlsx|json [--output fil] [filter]',
  help: [
    'Skriver de publicerade företagen, eller de som matchar filtren, som katalogen visar dem.',
    'CSV-filen öppnas rätt i svensk Excel (UTF-8 med BOM, semikolon). Kolumnerna heter som i',
    'importen, så en exporterad fil kan rättas och läsas in igen med asf import enterprises.',
    'Utan --output skrivs CSV och JSON till standard ut; Excel-filer skrivs alltid till en fil.',
    '',
    'Flaggor:',
    '  --format csv|xlsx|json   filformat (standard: csv)',
    '  --output <fil>           filen att skriva till',
    '',
    'Filter (samma namn som i API:t):',
    '  --q <text>               fritextsökning',
    '  --county <kod>           län, två siffror (01 = Stockholms län)',
    '  --municipality <kod>     kommun där företaget levererar, fyra siffror (0180 = Stockholm)',
    '  --category <slug>        tjänstekategori, till exempel stadning',
    '  --cpv <kod>              CPV-kod med åtta siffror (underkoder ingår)',
    '  --reservable             minst 30 % ur målgruppen (LOU 4 kap. 18 §)',
    '  --certified              har giltig certifiering',
    '  --hasTrainingPlaces      har lediga arbetsträningsplatser',
    '  --sort <ordning>         relevance, name, newest eller trainingPlaces',
    '',
    'Exempel:',
    '  asf export enterprises --format xlsx --county 25 --output norrbotten.xlsx',
  ].join('\n'),
  options: {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    q: { type: 'string' },
    county: { type: 'string' },
    municipality: { type: 'string' },
    category: { type: 'string' },
    cpv: { type: 'string' },
    reservable: { type: 'boolean' },
    certified: { type: 'boolean' },
    hasTrainingPlaces: { type: 'boolean' },
    sort: { type: 'string' },
  },
  async run({ values, positionals }, io, env) {
    const format = (values.format ?? 'csv') as Format;
    if (!FORMATS.includes(format) || positionals.length > 0) {
      io.err('Ange formatet med --format csv, --format xlsx eller --format json.');
      io.err(`Användning: ${this.usage}`);
      return 2;
    }
    // Flags are the API's parameters, so the same reader checks them with the same messages.
    const raw: Record<string, string> = {};
    for (const [key, value] of Object.entries(values)) {
      if (key === 'format' || key === 'output' || value === undefined) continue;
      raw[key] = value === true ? '1' : String(value);
    }
    const { criteria, errors } = readSearchParams(raw, API_PARAMS);
    if (errors.length > 0) {
      for (const e of errors) io.err(`--${e.field}: ${e.message}`);
      return 2;
    }
    const today = isoDate(new Date());
    const output =
      typeof values.output === 'string' ? values.output : format === 'xlsx' ? `asf-foretag-${today}.xlsx` : undefined;

    const database = await env.database();
    io.progress('Hämtar företag …');
    const enterprises = await collectForExport(database.db, criteria, today);
    io.progress('');
    const body =
      format === 'csv'
        ? toCsv(exportRows(enterprises, today))
        : format === 'json'
          ? toJson(enterprises, today)
          : await toXlsx(exportRows(enterprises, today));
    await audit(database.db, {
      at: new Date(),
      actor: COMMAND_LINE,
      action: 'export',
      subject: output ?? 'standard ut',
      details: { format, count: enterprises.length, file: output ?? null, filters: raw },
    });
    if (output) {
      await io.writeFile(output, body);
      io.err(`Skrev ${enterprises.length} företag till ${output}.`);
    } else {
      // Standard out carries only the file, so it can be redirected; the line ending is the output's own.
      // (runCli waits for standard out to drain before the program exits.)
      io.out(String(body).replace(/\r?\n$/, ''));
      io.err(`Skrev ${enterprises.length} företag.`);
    }
    return 0;
  },
};
