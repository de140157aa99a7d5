import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { localFiles, type CliIO } from '../../platform/cli/command.js';
import { runCommandLine, type CommandHost } from '../../platform/cli/runner.js';
import { COMMANDS } from '../commands.js';
import { APP } from '../modules.js';

/** What `npx asf` runs (src/bin/asf.ts), in the test process and without exiting it; `host` as in the server. */
export const runAsf = (argv: string[], io: CliIO, host?: CommandHost) => runCommandLine(APP, COMMANDS, argv, io, host);

/**
 * For a describe block that runs `asf …` commands in-process against a fresh PGlite folder:
 * sets DATA_DIR before the tests and restores the environment after. `run` returns the exit code
 * and everything the command printed.
 */
export function useCli(prefix: string) {
  const ctx = { dir: '' };
  const env = { ...process.env };
  before(() => {
    ctx.dir = mkdtempSync(join(tmpdir(), prefix));
    process.env.DATA_DIR = join(ctx.dir, 'data');
    delete process.env.DATABASE_URL;
  });
  after(() => {
    process.env = env;
    rmSync(ctx.dir, { recursive: true, force: true });
  });
  const run = async (args: string[]) => {
    const lines: string[] = [];
    const io = {
      ...localFiles,
      out: (l: string) => lines.push(l),
      err: (l: string) => lines.push(l),
      progress: () => {},
    };
    const code = await runAsf(args, io);
    return { code, text: lines.join('\n') };
  };
  return { ctx, run };
}
