import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * How long clients and proxies may keep a JSON answer. Search results change whenever an
 * enterprise is saved, so lists are kept briefly; one enterprise and the reference lists change
 * rarely. After max-age, the ETag makes revalidation cheap: an unchanged answer is a bodyless 304.
 */
export const CACHE_CONTROL = {
  list: 'public, max-age=60',
  detail: 'public, max-age=300',
  reference: 'public, max-age=300',
} as const;

export type CacheKind = keyof typeof CACHE_CONTROL;

/**
 * A weak ETag from the serialised body. Weak, because the same JSON may go out compressed or
 * not by a proxy, and all a client needs to know is that the content is the same.
 */
export function weakEtag(serialised: string): string {
  return `W/"${createHash('sha1').update(serialised).digest('base64url').slice(0, 27)}"`;
}

/** True when If-None-Match names this ETag (weak comparison, as RFC 9110 prescribes for GET). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

/**
 * Sends a JSON body with ETag and Cache-Control, or a 304 when the client already has it.
 * Every GET route of the JSON API answers through here.
 */
export function sendCachedJson(req: FastifyRequest, reply: FastifyReply, body: unknown, kind: CacheKind): FastifyReply {
  const serialised = JSON.stringify(body);
  const etag = weakEtag(serialised);
  reply.header('ETag', etag);
  reply.header('Cache-Control', CACHE_CONTROL[kind]);
  if (etagMatches(req.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(serialised);
}
