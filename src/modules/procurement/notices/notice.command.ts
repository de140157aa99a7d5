import { basename } from 'node:path';
import { COMMAND_LINE } from '../../../platform/audit/audit.service.js';
import { audit } from '../../../platform/audit/audit.service.js';
import type { Command } from '../../../platform/cli/command.js';
import { formatInteger } from '../../../platform/i18n/format.js';
import { contextWithProcurementTables } from '../db.js';
import { importNoticeFiles, outcomeLine, textOfFile } from './notice.batch.js';
import { noticeText } from './notice.text.js';

export const importNoticesCommand: Command = {
  path: ['import', 'notices'],
  summary: 'Läs in upphandlingsannonser i eForms-format (TED)',
  usage: 'asf import notices <fil.xml|mapp> … [--land SE]',
  help: [
    'Läser eForms-annonser (UBL-XML, alla annonstyper) till möjligheter i listan /upphandlingar.',
    'Ange filer eller mappar; i en mapp läses varje .xml-fil (inte undermappar).',
    '',
    'Varje förfarande (BT-04) blir en möjlighet: förhandsmeddelanden (1–9, E2) som planerade,',
    'marknadssamråd (E1) som dialog, meddelanden om upphandling (10–24) som annonserade, och en',
    'tilldelningsannons (25–37, E4) stänger den. En äldre annons som läses efter en nyare ändrar',
    'ingenting. Samma annons och version (BT-701, BT-757) en gång till ändrar ingenting.',
    '',
    'En fil som inte är en eForms-annons nämns med skälet, och inget från den skrivs. Varje annons',
    'skrivs hel eller inte alls.',
    '',
    'Flaggor:',
    '  --land SE   läs bara annonser från landet (ISO-kod med två bokstäver); andra hoppas över',
  ].join('\n'),
  options: { land: { type: 'string' } },
  async run({ values, positionals }, io, env) {
    if (positionals.length === 0) {
      io.err('Ange filer eller en mapp, till exempel: asf import notices annonser/');
      return 2;
    }
    const country = typeof values.land === 'string' ? values.land.trim().toUpperCase() : null;
    if (country !== null && !/^[A-Z]{2}$/.test(country)) {
      io.err('--land anges med två bokstäver, till exempel --land SE.');
      return 2;
    }
    const paths: string[] = [];
    for (const p of positionals) {
      try {
        const found = await io.listFiles(p);
        paths.push(...found.filter((f) => positionals.includes(f) || f.toLowerCase().endsWith('.xml')));
      } catch {
        io.err(`Hittar inte ${p}.`);
        return 1;
      }
    }
    if (paths.length === 0) {
      io.err(noticeText.none(positionals.join(', ')));
      return 1;
    }
    const ctx = contextWithProcurementTables(await env.context());
    const started = performance.now();
    const files = (async function* () {
      for (const path of paths) {
        // A file that cannot be read or is not UTF-8 is named as unreadable, not skipped in silence.
        const text = await io.readFile(path).then(textOfFile, () => null);
        yield { name: basename(path), text };
      }
    })();
    const { outcomes, counts } = await importNoticeFiles(ctx, files, {
      country,
      actor: COMMAND_LINE,
      owner: null,
      signal: io.signal,
      onProgress: (done) => io.progress(noticeText.progress(done, paths.length)),
    });
    io.progress('');
    const seconds = (performance.now() - started) / 1000;
    for (const o of outcomes) if (o.outcome.status === 'refused' || paths.length <= 50) io.out(outcomeLine(o));
    io.out(noticeText.summary(counts));
    io.err(
      noticeText.rate(outcomes.length, seconds.toFixed(1), formatInteger(outcomes.length / Math.max(seconds, 0.001))),
    );
    await audit(ctx.db, {
      at: ctx.now(),
      actor: COMMAND_LINE,
      action: 'import',
      subject: 'notices',
      details: { ...counts },
    });
    return counts.refused > 0 ? 1 : 0;
  },
};
