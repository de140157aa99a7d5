import type { Socket } from 'node:net';

/**
 * The command channel between `asf …` and the server that owns the embedded database: one JSON
 * message per line over a local socket. The command runs in the server, with the server's own
 * database connection and transactions; the files it reads and writes stay on the client's side
 * (the client reads and writes them, relative to where the user typed the command), so the
 * server never opens a path a user named.
 */
export type ClientMessage =
  | { t: 'run'; token: string; argv: string[] }
  | { t: 'data'; id: number; base64: string }
  | { t: 'written'; id: number }
  | { t: 'names'; id: number; names: string[] }
  | { t: 'fail'; id: number; code: string; message: string }
  /** The user pressed Ctrl-C: stop if the command can (an import rolls back). */
  | { t: 'cancel' };

export type ServerMessage =
  | { t: 'out' | 'err' | 'progress'; text: string }
  | { t: 'read'; id: number; path: string }
  | { t: 'write'; id: number; path: string; base64: string }
  | { t: 'list'; id: number; path: string }
  | { t: 'exit'; code: number }
  | { t: 'refused'; message: string };

export function send(socket: Socket, message: ClientMessage | ServerMessage): void {
  if (!socket.destroyed) socket.write(`${JSON.stringify(message)}\n`);
}

/**
 * Calls `onMessage` for every whole line that arrives; a line that is not JSON ends the
 * connection. A file travels as one line of many megabytes: its pieces are kept in a list and
 * joined once its end arrives (appending to one string and searching it from the start for
 * every piece took 30 s for a 26 MB import file).
 */
export function receive<M>(socket: Socket, onMessage: (m: M) => void): void {
  let pieces: string[] = [];
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    let from = 0;
    let end: number;
    while ((end = chunk.indexOf('\n', from)) >= 0) {
      pieces.push(chunk.slice(from, end));
      const line = pieces.join('');
      pieces = [];
      from = end + 1;
      let message: M;
      try {
        message = JSON.parse(line) as M;
      } catch {
        socket.destroy();
        return;
      }
      onMessage(message);
    }
    if (from < chunk.length) pieces.push(chunk.slice(from));
  });
}
