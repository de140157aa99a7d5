import { consoleIO, type CliIO } from '../platform/cli/command.js';
import { runCommandLine, type CommandHost } from '../platform/cli/runner.js';
import { COMMANDS } from '../app/commands.js';
import { APP } from '../app/modules.js';

/** `npx asf <command> [options]`: the commands of every module, run where they belong (cli/runner.ts). */
export function main(argv: string[], io: CliIO = consoleIO(), host?: CommandHost): Promise<number> {
  return runCommandLine(APP, COMMANDS, argv, io, host);
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
