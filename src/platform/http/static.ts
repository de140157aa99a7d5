import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { APP_ROOT } from '../root.js';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

export const PUBLIC_DIR = join(APP_ROOT, 'public');

/**
 * Serves a folder's files from memory under a URL prefix. The files are few and small (our own
 * CSS and JS, and the API reference UI), so they are read once at start-up.
 */
export function serveFolder(app: FastifyInstance, prefix: string, folder: string, only?: readonly string[]): void {
  const assets = new Map<string, Asset>();
  for (const file of walk(folder)) {
    const rel = relative(folder, file).split('\\').join('/');
    if (only && !only.includes(rel)) continue;
    const type = TYPES[extname(file)];
    if (!type) continue;
    const body = readFileSync(file);
    assets.set(rel, { body, type, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"` });
  }
  app.get(`${prefix}/*`, (req, reply) => {
    const rel = (req.params as { '*': string })['*'];
    const asset = assets.get(rel);
    if (!asset) return reply.callNotFound();
    reply.header('Cache-Control', 'public, max-age=3600');
    reply.header('ETag', asset.etag);
    if (req.headers['if-none-match'] === asset.etag) return reply.code(304).send();
    return reply.type(asset.type).send(asset.body);
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
