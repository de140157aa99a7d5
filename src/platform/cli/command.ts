import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A CLI command. Each module contributes its own; src/bin/asf.ts only dispatches. `run`
 * returns the exit code; messages go to the given streams so tests can read them.
 */
export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Progress on one line that rewrites itself on a terminal, plain lines otherwise. */
  progress: (text: string) => void;
}

export interface Command {
  /** Words that select the command, e.g. ['import', 'enterprises']. */
  path: string[];
  summary: string;
  usage: string;
  /** Longer Swedish help shown by --help. */
  help: string;
  options?: ParseArgsConfig['options'];
  run(
    args: { values: Record<string, string | boolean | undefined>; positionals: string[] },
    io: CliIO,
  ): Promise<number>;
}

export class UsageError extends Error {}

export function parseCommandArgs(cmd: Command, argv: string[]) {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...(cmd.options ?? {}), help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function consoleIO(): CliIO {
  const tty = process.stderr.isTTY;
  let lastProgress = 0;
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    progress: (text) => {
      if (tty) process.stderr.write(`\r\x1b[2K${text}`);
      else if (text && Date.now() - lastProgress > 1000) {
        // Not a terminal (CI, a log file): one line a second is enough to show it is alive.
        lastProgress = Date.now();
        process.stderr.write(`${text}\n`);
      }
    },
  };
}
