import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childEnv, freePort } from '../src/platform/testing/processes.js';
import { get } from './load.js';

export { childEnv, freePort };

/** The real server (`npm start`) as a child process, as a user would run it. */

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface RunningServer {
  pid: number;
  port: number;
  /** Milliseconds from spawn until GET /ready answered 200. */
  readyMs: number;
  /** The server's own "redo på N ms" figure, when it printed one. */
  selfReportedMs: number | null;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startServer(dbEnv: Record<string, string>, timeoutMs = 60_000): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/server.js'], {
    cwd: REPO_ROOT,
    env: childEnv({ ...dbEnv, PORT: String(port), HOST: '127.0.0.1', DEMO: 'false', LOG_LEVEL: 'warn' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: number | null = null;
  child.once('exit', (code, signal) => (exited = code ?? (signal ? 128 : 1)));

  let readyMs = -1;
  while (performance.now() - started < timeoutMs) {
    if (exited !== null) throw new Error(`Servern avslutades (kod ${exited}) innan den blev redo:\n${output}`);
    const r = await get(false, port, '/ready');
    if (r.status === 200) {
      readyMs = performance.now() - started;
      break;
    }
    await sleep(20);
  }
  if (readyMs < 0) {
    await stopChild(child);
    throw new Error(`Servern blev inte redo inom ${timeoutMs} ms:\n${output}`);
  }
  const self = /redo på (\d+) ms/.exec(output);
  return {
    pid: child.pid ?? -1,
    port,
    readyMs: Math.round(readyMs),
    selfReportedMs: self ? Number(self[1]) : null,
    output: () => output,
    stop: () => stopChild(child),
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
