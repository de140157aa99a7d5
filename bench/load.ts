import http from 'node:http';
import os from 'node:os';
import { cpuMs } from './proc.js';

/**
 * The load loop: plain node:http over keep-alive connections to 127.0.0.1 only, so that the
 * client costs as little CPU as possible on a machine it shares with the server it measures.
 */

export interface Sample {
  status: number;
  ms: number;
  bytes: number;
  error?: string;
}

export interface LoadResult {
  clients: number;
  requests: number;
  errors: number;
  /** First few distinct error descriptions, to tell a 500 from a refused connection. */
  errorKinds: string[];
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  /** Issue 11 §4 judges new searches at the 97.5th percentile. */
  p975: number;
  p99: number;
  max: number;
  mean: number;
  meanBytes: number;
  /** CPU time the server process used during the run, per request (ms): contention-proof cost. */
  serverCpuMsPerRequest: number | null;
  /** The same for the PostgreSQL backends serving the server (PGlite runs inside the server process). */
  dbCpuMsPerRequest: number | null;
  /** 1-minute load average of the machine when the run ended (others' work skews the figures). */
  loadAverage: number;
}

const TIMEOUT_MS = 10_000;

export function newAgent(clients: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: clients, maxFreeSockets: clients });
}

/** One GET; never rejects — a failure is a sample with status 0. */
export function get(agent: http.Agent | false, port: number, path: string): Promise<Sample> {
  return new Promise((resolve) => {
    const started = performance.now();
    const done = (status: number, bytes: number, error?: string) =>
      resolve({ status, ms: performance.now() - started, bytes, ...(error ? { error } : {}) });
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'GET', agent, headers: { accept: '*/*' } },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => done(res.statusCode ?? 0, bytes));
        res.on('error', (e) => done(0, bytes, e.message));
      },
    );
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error(`timeout after ${TIMEOUT_MS} ms`)));
    req.on('error', (e) => done(0, 0, e.message));
    req.end();
  });
}

/** GET returning the body as text (for the budget check and picking links). */
export function getText(
  port: number,
  path: string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
      );
      res.on('error', reject);
    });
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

/** `clients` loops each sending one request at a time until `maxRequests` are sent or `seconds` have passed. */
export async function runLoad(options: {
  port: number;
  clients: number;
  maxRequests: number;
  seconds: number;
  next: (i: number) => string;
  /** Server process to charge CPU time to. */
  pid?: number;
  /** CPU time so far of each database server process serving the app (PostgreSQL backends), by pid. */
  dbCpu?: () => Promise<Map<number, number>>;
}): Promise<LoadResult> {
  const { port, clients, maxRequests, seconds, next, pid, dbCpu } = options;
  const cpuBefore = pid ? cpuMs(pid) : null;
  const dbBefore = dbCpu ? await dbCpu() : null;
  const agent = newAgent(clients);
  const samples: Sample[] = [];
  let issued = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (issued < maxRequests && performance.now() < deadline) {
      const path = next(issued++);
      samples.push(await get(agent, port, path));
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const cpuAfter = pid ? cpuMs(pid) : null;
  const dbAfter = dbCpu ? await dbCpu() : null;
  const result = summarise(samples, clients, elapsed);
  const perRequest = (ms: number) => Math.round((ms / Math.max(1, result.requests)) * 100) / 100;
  if (cpuBefore !== null && cpuAfter !== null) result.serverCpuMsPerRequest = perRequest(cpuAfter - cpuBefore);
  if (dbBefore && dbAfter) {
    // A backend that appeared during the run counts whole; one that ended is lost (rare: pools keep them 10 s).
    let total = 0;
    for (const [p, ms] of dbAfter) total += ms - (dbBefore.get(p) ?? 0);
    result.dbCpuMsPerRequest = perRequest(total);
  }
  return result;
}

export function summarise(samples: Sample[], clients: number, seconds: number): LoadResult {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const failed = samples.filter((s) => s.status < 200 || s.status > 299);
  const kinds = [...new Set(failed.map((s) => s.error ?? `HTTP ${s.status}`))].slice(0, 5);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    clients,
    requests: samples.length,
    errors: failed.length,
    errorKinds: kinds,
    seconds: round(seconds),
    rps: round(samples.length / seconds),
    p50: round(percentile(ms, 50)),
    p95: round(percentile(ms, 95)),
    p975: round(percentile(ms, 97.5)),
    p99: round(percentile(ms, 99)),
    max: round(ms[ms.length - 1] ?? 0),
    mean: round(ms.reduce((a, b) => a + b, 0) / (ms.length || 1)),
    meanBytes: Math.round(samples.reduce((a, s) => a + s.bytes, 0) / (samples.length || 1)),
    serverCpuMsPerRequest: null,
    dbCpuMsPerRequest: null,
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}
