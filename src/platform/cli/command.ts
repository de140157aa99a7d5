import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Config } from '../config/config.js';
import type { Composition } from '../composition.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/database.js';

/**
 * A CLI command. Each module contributes its own; src/bin/asf.ts only lists them and
 * cli/runner.ts decides where they run. `run` returns the exit code; messages and files go
 * through `io`, so that a command can run in this process or in the server that owns the
 * embedded database (owner/channel.*.ts), and tests can read what it printed.
 */
export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Progress on one line that rewrites itself on a terminal, plain lines otherwise. */
  progress: (text: string) => void;
  /** A file the user named, read where the user typed the command. */
  readFile: (path: string) => Promise<Uint8Array>;
  /** A file the user named, written where the user typed the command. */
  writeFile: (path: string, data: Uint8Array | string) => Promise<void>;
  /**
   * The files a path names where the user typed the command: the path itself when it is a file,
   * the files of a folder (not its subfolders) in name order when it is a folder.
   */
  listFiles: (path: string) => Promise<string[]>;
  /**
   * Aborted when the user gives up (Ctrl-C, or the terminal closed) on a command run in the
   * server. A command that can stop cleanly (an import, which then writes nothing) listens.
   * Run locally, Ctrl-C ends the process itself, and the database rolls back what was open.
   */
  signal?: AbortSignal;
}

/** What a command runs against: the settings and the database, opened when first asked for. */
export interface CommandEnv {
  config: Config;
  /** Opened (and migrated, unless told not to) on first call; whoever runs the command closes it. */
  database(options?: { migrate?: boolean }): Promise<Database>;
  /** Services' context: the server's own when the command runs in the server. */
  context(): Promise<AppContext>;
  /** Whether the command runs inside the running server (then it must not stop it or reopen the database). */
  inServer: boolean;
  /** The platform and its modules (the migrations to run, among others). */
  composition: Composition;
}

export interface Command {
  /** Words that select the command, e.g. ['import', 'enterprises']. */
  path: string[];
  summary: string;
  usage: string;
  /** Longer Swedish help shown by --help. */
  help: string;
  options?: ParseArgsConfig['options'];
  /**
   * Must have the embedded database to itself (restore): it is never handed to a running
   * server, and refuses while one runs.
   */
  alone?: boolean;
  run(
    args: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] },
    io: CliIO,
    env: CommandEnv,
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
    return {
      values: parsed.values as Record<string, string | boolean | string[] | undefined>,
      positionals: parsed.positionals,
    };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/**
 * The file a user named, or undefined after saying in Swedish why it could not be read.
 * `decode` turns the bytes into what the command reads (unpacking a .gz, say); its failure is
 * reported the same way.
 */
export async function readNamedFile<T = Uint8Array>(
  io: CliIO,
  path: string,
  decode: (bytes: Uint8Array) => T | Promise<T> = (b) => b as T,
): Promise<T | undefined> {
  try {
    return await decode(await io.readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(
      code === 'ENOENT'
        ? `Hittar inte filen ${path}.`
        : `Kunde inte läsa filen ${path} (${code ?? (e as Error).message}).`,
    );
    return undefined;
  }
}

/**
 * Files as the user's own process sees them. A file is written under a temporary name and
 * renamed when whole: an export or backup cut short never leaves a half file under the name.
 */
export const localFiles: Pick<CliIO, 'readFile' | 'writeFile' | 'listFiles'> = {
  readFile: (path) => readFile(path),
  listFiles: async (path) => {
    if (!(await stat(path)).isDirectory()) return [path];
    const entries = await readdir(path, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(path, e.name))
      .sort();
  },
  writeFile: async (path, data) => {
    const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temp, data);
      await rename(temp, path);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
  },
};

export function consoleIO(): CliIO {
  const tty = process.stderr.isTTY;
  let lastProgress = 0;
  return {
    ...localFiles,
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
