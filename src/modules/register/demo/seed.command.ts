import type { Command } from '../../../platform/cli/command.js';
import { analyze } from '../../../platform/db/maintenance.js';
import { countEnterprises } from '../enterprise/enterprise.repository.js';
import { isoDate } from '../../../platform/calendar.js';
import { seedEnterprises } from './seed.service.js';

const MAX = 1_000_000;

export const seedCommand: Command = {
  path: ['seed'],
  summary: 'Lägg till påhittade demoföretag (för demonstrationer och mätningar)',
  usage: 'asf seed --enterprises <antal>',
  help: [
    'Lägger till det angivna antalet påhittade arbetsintegrerande sociala företag, spridda över',
    'alla 21 län. De är markerade som demodata och varje sida som visar dem säger det.',
    'Organisationsnumren är påhittade, e-post och webbadresser slutar på .example.',
    'Att köra kommandot igen lägger till nya företag efter dem som redan finns.',
    '',
    'Flaggor:',
    '  --enterprises <antal>  hur många företag som ska läggas till (1–1 000 000)',
    '',
    'Exempel:',
    '  asf seed --enterprises 300',
  ].join('\n'),
  options: { enterprises: { type: 'string' } },
  async run({ values, positionals }, io, env) {
    const raw = values.enterprises;
    const count = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (positionals.length > 0 || !Number.isInteger(count) || count < 1 || count > MAX) {
      io.err('Ange hur många företag som ska läggas till med --enterprises, ett heltal från 1 till 1 000 000.');
      io.err(`Användning: ${this.usage}`);
      return 2;
    }
    const database = await env.database();
    const started = performance.now();
    const added = await seedEnterprises(database.db, count, {
      isDemo: true,
      today: isoDate(new Date()),
      onProgress: (done, total) => io.progress(`Skapar påhittade företag: ${done} av ${total}`),
    });
    io.progress('');
    await analyze(database.db, database.kind);
    const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
    const total = await countEnterprises(database.db);
    io.out(
      `La till ${added} påhittade företag (demodata, inga riktiga företag) på ${seconds} s. Registret har nu ${total} företag.`,
    );
    return 0;
  },
};
