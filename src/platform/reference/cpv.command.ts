import type { Command } from '../cli/command.js';
import { importCpv, parseCpvTranslations } from './cpv.import.js';

export const importCpvCommand: Command = {
  path: ['import', 'cpv'],
  summary: 'Läs in hela CPV-listan (svenska och engelska benämningar) från eForms-SDK:n',
  usage: 'asf import cpv <code_sv.xml> [<code_en.xml>]',
  help: [
    'Läser översättningsfilerna i EU:s eForms-SDK (translations/code_sv.xml och code_en.xml)',
    'och sparar alla CPV-koder med benämning och hierarki. Att köra kommandot igen ändrar',
    'bara det som har ändrats i filerna.',
    '',
    'Exempel:',
    '  asf import cpv ../shared/reference/eforms-sdk/translations/code_sv.xml ../shared/reference/eforms-sdk/translations/code_en.xml',
  ].join('\n'),
  async run({ positionals }, io, env) {
    const [svPath, enPath] = positionals;
    if (!svPath || positionals.length > 2) {
      io.err('Ange den svenska filen (code_sv.xml) och gärna den engelska (code_en.xml).');
      io.err(`Användning: ${this.usage}`);
      return 2;
    }
    const read = async (path: string) => {
      try {
        return new TextDecoder().decode(await io.readFile(path));
      } catch (e) {
        io.err(`Kunde inte läsa filen: ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        return undefined;
      }
    };
    const sv = await read(svPath);
    const en = enPath ? await read(enPath) : undefined;
    if (sv === undefined || (enPath && en === undefined)) return 1;
    const records = parseCpvTranslations(sv, en);
    if (records.length === 0) {
      io.err('Filen innehöll inga CPV-koder. Är det rätt fil (nycklar som code|name|cpv.03000000)?');
      return 1;
    }
    const database = await env.database();
    const result = await importCpv(database.db, records, (done, total) => io.progress(`CPV: ${done} av ${total}`));
    io.progress('');
    io.out(`Läste ${result.total} CPV-koder; ${result.written} nya eller ändrade sparades.`);
    return 0;
  },
};
