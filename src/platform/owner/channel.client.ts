import net from 'node:net';
import type { CliIO } from '../cli/command.js';
import { receive, send, type ServerMessage } from './channel.protocol.js';
import type { LockHolder } from './lock.js';

/** A server that has just taken the folder needs a moment (migrations) before it listens. */
const CONNECT_PATIENCE_MS = 30_000;

/**
 * Runs a command line in the server that owns the database and shows what it prints, as if it
 * ran here. Files the command reads or writes are read and written here, by this user.
 */
export async function runInOwner(holder: LockHolder, argv: string[], io: CliIO): Promise<number> {
  const socket = await connect(holder, io);
  if (!socket) return 1;
  return new Promise<number>((resolve) => {
    let code: number | undefined;
    receive<ServerMessage>(socket, (m) => {
      switch (m.t) {
        case 'out':
          return io.out(m.text);
        case 'err':
          return io.err(m.text);
        case 'progress':
          return io.progress(m.text);
        case 'refused':
          io.err(m.message);
          code = 1;
          return;
        case 'exit':
          code = m.code;
          return;
        case 'read':
          io.readFile(m.path).then(
            (bytes) => send(socket, { t: 'data', id: m.id, base64: Buffer.from(bytes).toString('base64') }),
            (e: NodeJS.ErrnoException) => send(socket, failure(m.id, e)),
          );
          return;
        case 'list':
          io.listFiles(m.path).then(
            (names) => send(socket, { t: 'names', id: m.id, names }),
            (e: NodeJS.ErrnoException) => send(socket, failure(m.id, e)),
          );
          return;
        case 'write':
          io.writeFile(m.path, Buffer.from(m.base64, 'base64')).then(
            () => send(socket, { t: 'written', id: m.id }),
            (e: NodeJS.ErrnoException) => send(socket, failure(m.id, e)),
          );
          return;
      }
    });
    // Ctrl-C asks the server to stop the command and waits for its answer; a second one leaves.
    const interrupt = () => {
      io.err('Avbryter …');
      send(socket, { t: 'cancel' });
      process.once('SIGINT', () => process.exit(130));
    };
    process.once('SIGINT', interrupt);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      process.removeListener('SIGINT', interrupt);
      if (code === undefined) {
        io.progress('');
        io.err(
          'Servern avbröt kommandot innan det var klart (den stängdes kanske ner). Det som skrivs i en enda transaktion, som en import, är då inte sparat alls; kontrollera och kör igen.',
        );
      }
      resolve(code ?? 1);
    });
    send(socket, { t: 'run', token: holder.token, argv });
  });
}

function failure(id: number, e: NodeJS.ErrnoException) {
  return { t: 'fail' as const, id, code: e.code ?? 'EIO', message: e.message };
}

async function connect(holder: LockHolder, io: CliIO): Promise<net.Socket | undefined> {
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      return await new Promise<net.Socket>((resolve, reject) => {
        const socket = net.connect(holder.socket!);
        socket.once('connect', () => resolve(socket));
        socket.once('error', reject);
      });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const starting = code === 'ENOENT' || code === 'ECONNREFUSED';
      if (!starting || Date.now() - started > CONNECT_PATIENCE_MS) {
        io.err(
          `Kunde inte nå servern (process ${holder.pid}) som har databasen öppen (${code ?? String(e)}). Vänta tills den har startat, eller stoppa den och kör kommandot igen.`,
        );
        return undefined;
      }
      if (!told) {
        io.err(`Servern (process ${holder.pid}) startar; väntar på den …`);
        told = true;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
