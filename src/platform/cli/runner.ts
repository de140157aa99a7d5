import { mkdirSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import type { Composition } from '../composition.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/database.js';
import { openConfiguredDatabase } from '../db/open.js';
import { runInOwner } from '../owner/channel.client.js';
import { acquireDataDirLock, DataDirBusyError } from '../owner/lock.js';
import { parseCommandArgs, UsageError, type CliIO, type Command, type CommandEnv } from './command.js';
import { cliContext } from './context.js';

/** The running server, when a command line is handed to it over the command channel. */
export interface CommandHost {
  config: Config;
  database: Database;
  ctx: AppContext;
}

/**
 * Runs `asf <words> [flags]`. Where it runs is decided here, once for every command:
 * - in the server, when this call comes over its command channel (`host`);
 * - on PostgreSQL, here: the server keeps its own connections and transactions;
 * - on the embedded database, here if the folder is free (this process holds it while the
 *   command runs), else handed to the server that owns it, so that its writes are seen there at
 *   once and nobody opens the folder twice. Another command holding it: say so and stop.
 */
export async function runCommandLine(
  composition: Composition,
  commands: readonly Command[],
  argv: string[],
  io: CliIO,
  host?: CommandHost,
): Promise<number> {
  const cmd = commands
    .filter((c) => c.path.every((w, i) => argv[i] === w))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (!cmd) {
    const wanted = argv.filter((a) => !a.startsWith('-')).join(' ');
    if (wanted && !wantsHelp) io.err(`Okänt kommando: ${wanted}\n`);
    io.out(overview(commands));
    return wanted && !wantsHelp ? 2 : 0;
  }
  try {
    const args = parseCommandArgs(cmd, argv.slice(cmd.path.length));
    if (args.values.help) {
      io.out(`Användning: ${cmd.usage}\n\n${cmd.summary}.\n\n${cmd.help}`);
      return 0;
    }
    if (host) {
      if (cmd.alone) {
        io.err(`asf ${cmd.path.join(' ')} kan inte köras medan servern har databasen öppen. Stoppa servern först.`);
        return 1;
      }
      return await cmd.run(args, io, hostEnv(host));
    }
    const config = loadConfig();
    if (config.DATABASE_URL) return await runHere(cmd, args, io, config, composition);
    mkdirSync(config.DATA_DIR, { recursive: true });
    let lock;
    try {
      lock = acquireDataDirLock(config.DATA_DIR, { role: 'command', what: `asf ${argv.join(' ')}` });
    } catch (e) {
      if (!(e instanceof DataDirBusyError)) throw e;
      if (e.holder.role === 'server' && e.holder.socket && !cmd.alone) return await runInOwner(e.holder, argv, io);
      io.err(`${e.message} ${cmd.alone ? 'Stoppa den först.' : 'Försök igen när den är klar.'}`);
      return 1;
    }
    try {
      return await runHere(cmd, args, io, config, composition);
    } finally {
      lock.release();
    }
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

async function runHere(
  cmd: Command,
  args: ReturnType<typeof parseCommandArgs>,
  io: CliIO,
  config: Config,
  composition: Composition,
): Promise<number> {
  let opening: Promise<Database> | undefined;
  const database = (options?: { migrate?: boolean }) =>
    (opening ??= openConfiguredDatabase(config, {
      ...(options?.migrate === false ? {} : { migrations: composition.migrations }),
    }));
  const env: CommandEnv = {
    config,
    database,
    context: async () => cliContext(await database(), config, composition),
    inServer: false,
    composition,
  };
  try {
    return await cmd.run(args, io, env);
  } finally {
    if (opening)
      await opening.then(
        (d) => d.close(),
        () => undefined,
      );
  }
}

function hostEnv(host: CommandHost): CommandEnv {
  return {
    config: host.config,
    database: async () => host.database,
    context: async () => host.ctx,
    inServer: true,
    composition: host.ctx.composition,
  };
}

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.path.join(' ').length));
  const lines = commands.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
  return `Användning: asf <kommando> [flaggor]\n\nKommandon:\n${lines.join('\n')}\n\nSkriv asf <kommando> --help för mer om ett kommando.`;
}
