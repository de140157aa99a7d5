import { timingSafeEqual } from 'node:crypto';
import { chmodSync, unlinkSync } from 'node:fs';
import net from 'node:net';
import type { CliIO } from '../cli/command.js';
import { receive, send, type ClientMessage } from './channel.protocol.js';

/** Runs one command line in this process and gives its exit code. */
export type RunCommand = (argv: string[], io: CliIO) => Promise<number>;

export interface CommandChannel {
  /** Stops taking commands and waits for those under way (an import finishes or rolls back). */
  close(): Promise<void>;
}

export interface ChannelLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * The server's end of the command channel. The socket file is readable and writable by the
 * server's own user only, and a client must also send the token from the lock file (readable by
 * the same user only): together they keep other local users out.
 */
export async function serveCommands(
  socketPath: string,
  token: string,
  run: RunCommand,
  log: ChannelLog,
): Promise<CommandChannel> {
  const running = new Set<Promise<unknown>>();
  const server = net.createServer((socket) => {
    const done = handle(socket, token, run, log);
    running.add(done);
    void done.finally(() => running.delete(done));
  });
  // Left by a process that died: we hold the folder's lock, so nobody else listens here.
  removeSocketFile(socketPath);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  if (process.platform !== 'win32') chmodSync(socketPath, 0o600);
  return {
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...running]);
      removeSocketFile(socketPath);
    },
  };
}

function removeSocketFile(path: string): void {
  if (process.platform === 'win32') return;
  try {
    unlinkSync(path);
  } catch {
    // not there
  }
}

function handle(socket: net.Socket, token: string, run: RunCommand, log: ChannelLog): Promise<void> {
  return new Promise<void>((resolve) => {
    const pending = new Map<number, { resolve: (m: ClientMessage) => void; reject: (e: Error) => void }>();
    let nextId = 1;
    let started = false;
    let gone = false;
    const cancel = new AbortController();
    const ask = (
      message: { t: 'read'; path: string } | { t: 'list'; path: string } | { t: 'write'; path: string; base64: string },
    ) =>
      new Promise<ClientMessage>((resolveAsk, rejectAsk) => {
        if (gone) return rejectAsk(new Error('Kommandoraden kopplade ner.'));
        const id = nextId++;
        pending.set(id, { resolve: resolveAsk, reject: rejectAsk });
        send(socket, { ...message, id });
      });
    const io: CliIO = {
      out: (text) => send(socket, { t: 'out', text }),
      err: (text) => send(socket, { t: 'err', text }),
      progress: (text) => send(socket, { t: 'progress', text }),
      readFile: async (path) => {
        const m = await ask({ t: 'read', path });
        if (m.t === 'data') return Buffer.from(m.base64, 'base64');
        throw fileError(m);
      },
      listFiles: async (path) => {
        const m = await ask({ t: 'list', path });
        if (m.t === 'names') return m.names;
        throw fileError(m);
      },
      writeFile: async (path, data) => {
        const base64 = Buffer.from(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');
        const m = await ask({ t: 'write', path, base64 });
        if (m.t !== 'written') throw fileError(m);
      },
      signal: cancel.signal,
    };

    socket.on('close', () => {
      gone = true;
      cancel.abort();
      for (const p of pending.values()) p.reject(new Error('Kommandoraden kopplade ner.'));
      pending.clear();
      if (!started) resolve();
    });
    socket.on('error', () => socket.destroy());
    receive<ClientMessage>(socket, (m) => {
      if (m.t === 'run') {
        if (started) return;
        started = true;
        if (!sameToken(m.token, token) || !Array.isArray(m.argv)) {
          send(socket, { t: 'refused', message: 'Fel nyckel: kommandot måste köras av samma användare som servern.' });
          socket.end();
          resolve();
          return;
        }
        const argv = m.argv.map(String);
        // The command's words only: its arguments may be addresses or file names.
        log.info({ command: argv.filter((a) => !a.startsWith('-')).slice(0, 2) }, 'kommando från kommandoraden');
        run(argv, io)
          .catch((e: unknown) => {
            log.error({ err: e, argv }, 'kommandot misslyckades');
            io.err(`Fel: ${e instanceof Error ? e.message : String(e)}`);
            return 1;
          })
          .then((code) => {
            send(socket, { t: 'exit', code });
            socket.end();
            resolve();
          });
        return;
      }
      if (m.t === 'cancel') return cancel.abort();
      const p = 'id' in m ? pending.get(m.id) : undefined;
      if (!p) return;
      pending.delete(m.id);
      p.resolve(m);
    });
  });
}

function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The client could not read or write the file; the error reads like the local one would. */
function fileError(m: ClientMessage): Error {
  const e = new Error(m.t === 'fail' ? m.message : 'Oväntat svar från kommandoraden.') as NodeJS.ErrnoException;
  if (m.t === 'fail') e.code = m.code;
  return e;
}
