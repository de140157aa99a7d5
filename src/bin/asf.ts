import { consoleIO, parseCommandArgs, UsageError, type Command } from '../platform/cli/command.js';
import { ConfigError } from '../platform/config/config.js';
import { COMMANDS } from './commands.js';

/** `npx asf <command> [options]`: finds the command by its words and runs it. */
export async function main(argv: string[], io = consoleIO()): Promise<number> {
  const cmd = COMMANDS.filter((c) => c.path.every((w, i) => argv[i] === w)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
  if (!cmd) {
    const wanted = argv.filter((a) => !a.startsWith('-')).join(' ');
    if (wanted && !argv.includes('--help') && !argv.includes('-h')) io.err(`Okänt kommando: ${wanted}\n`);
    io.out(overview());
    return wanted && !argv.includes('--help') && !argv.includes('-h') ? 2 : 0;
  }
  try {
    const args = parseCommandArgs(cmd, argv.slice(cmd.path.length));
    if (args.values.help) {
      io.out(`Användning: ${cmd.usage}\n\n${cmd.summary}.\n\n${cmd.help}`);
      return 0;
    }
    return await cmd.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\nAnvändning: ${cmd.usage}  (mer: asf ${cmd.path.join(' ')} --help)`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length));
  const lines = COMMANDS.map((c: Command) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
  return `Användning: asf <kommando> [flaggor]\n\nKommandon:\n${lines.join('\n')}\n\nSkriv asf <kommando> --help för mer om ett kommando.`;
}

/** The program: run, let stdout drain (a pipe would otherwise lose the end of an export), exit. */
export async function runCli(argv = process.argv.slice(2)): Promise<void> {
  let code: number;
  try {
    code = await main(argv);
  } catch (e) {
    process.stderr.write(`Fel: ${e instanceof Error ? e.message : String(e)}\n`);
    code = 1;
  }
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(code);
}
