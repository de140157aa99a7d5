import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * The real programs as separate processes, as a user runs them: `npm start` (bin/server.js)
 * and `npx asf …` (bin/asf.js). For tests of what only shows between processes: who owns the
 * embedded database, commands handed to the server, kill -9 and the restart after it.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The caller's environment without any database setting, plus `extra`. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of [
    'DATABASE_URL',
    'TEST_DATABASE_URL',
    'BENCH_DATABASE_URL',
    'DATA_DIR',
    'PORT',
    'DEMO',
    'NODE_ENV',
    'PGLITE_TEMPLATE',
  ])
    delete env[k];
  return { ...env, ...extra };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface ChildRun {
  child: ChildProcess;
  /** Everything printed so far, both streams. */
  output: () => string;
  /** Exit code (128 + signal number's stand-in 137 for SIGKILL). */
  exited: Promise<number>;
  /** kill -9, and wait until it is gone. */
  kill9: () => Promise<void>;
}

function track(child: ChildProcess): ChildRun {
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString('utf8')));
  const exited = new Promise<number>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal === 'SIGKILL' ? 137 : 128))),
  );
  return {
    child,
    output: () => output,
    exited,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export interface ServerRun extends ChildRun {
  port: number;
  base: string;
  /** SIGTERM, as a service manager stops it; waits for the exit. */
  stop: () => Promise<number>;
}

/** `npm start` on DATA_DIR, waited for until /ready answers, or until it exits (a refused start). */
export async function startServerProcess(dataDir: string, extra: Record<string, string> = {}): Promise<ServerRun> {
  const port = await freePort();
  const run = track(
    spawn(process.execPath, ['bin/server.js'], {
      cwd: REPO_ROOT,
      env: childEnv({
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        DEMO: 'false',
        BACKUP: 'false',
        LOG_LEVEL: 'warn',
        ...extra,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  let gone = false;
  void run.exited.then(() => (gone = true));
  const deadline = Date.now() + 90_000;
  while (!gone && Date.now() < deadline) {
    const ok = await fetch(`${base}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!gone && Date.now() >= deadline) {
    await run.kill9();
    throw new Error(`the server did not get ready:\n${run.output()}`);
  }
  return {
    ...run,
    port,
    base,
    stop: async () => {
      run.child.kill('SIGTERM');
      return run.exited;
    },
  };
}

/** `npx asf …` in its own process, from `cwd`. */
export function startCli(args: string[], env: Record<string, string>, cwd = REPO_ROOT): ChildRun {
  return track(
    spawn(process.execPath, [`${REPO_ROOT}bin/asf.js`, ...args], {
      cwd,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/** Waits until `output()` matches, or fails after `ms`. */
export async function waitForOutput(run: ChildRun, pattern: RegExp, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pattern.test(run.output())) {
    if (Date.now() > deadline) throw new Error(`waited for ${String(pattern)}; got:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * A browser's share of a session against a server process: cookies kept, forms posted with
 * the CSRF token the way the pages post them.
 */
export class HttpSession {
  private readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  /** The same browser against a restarted server (a new port): its cookies come along. */
  withCookiesOf(other: HttpSession): this {
    for (const [k, v] of other.cookies) this.cookies.set(k, v);
    return this;
  }

  private remember(res: Response): Response {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      const value = pair!.slice(at + 1);
      if (value === '') this.cookies.delete(pair!.slice(0, at));
      else this.cookies.set(pair!.slice(0, at), value);
    }
    return res;
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '), origin: this.base, ...extra };
  }

  async get(path: string): Promise<Response> {
    return this.remember(await fetch(`${this.base}${path}`, { headers: this.headers(), redirect: 'manual' }));
  }

  async csrf(): Promise<string> {
    if (!this.cookies.has('asf_csrf')) await this.get('/logga-in');
    return this.cookies.get('asf_csrf')!;
  }

  async post(path: string, form: Record<string, string>): Promise<Response> {
    const body = new URLSearchParams({ _csrf: await this.csrf(), ...form });
    const headers = this.headers({ 'content-type': 'application/x-www-form-urlencoded' });
    return this.remember(await fetch(`${this.base}${path}`, { method: 'POST', headers, body, redirect: 'manual' }));
  }

  /** A file upload; as in the page's form, the CSRF token is the field before the file. */
  async upload(path: string, field: string, name: string, bytes: Uint8Array<ArrayBuffer>): Promise<Response> {
    const body = new FormData();
    body.append('_csrf', await this.csrf());
    body.append(field, new Blob([bytes]), name);
    const url = `${this.base}${path}`;
    return this.remember(await fetch(url, { method: 'POST', headers: this.headers(), body, redirect: 'manual' }));
  }
}
