import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * One structured line per answered request (Fastify's own logging writes two: one when a request
 * comes in and one when it is done). The address is written without the secret part of one-time
 * links (invitations, password resets, e-mail confirmations, the first administrator's link) and
 * without a CSRF token in the query string: anyone who reads the log must not be able to use them.
 */
const SECRET_PATHS =
  /^(\/(?:inbjudan|aterstall-losenord|registrera\/bekrafta|bekrafta|forsta-admin|bevakning\/avsluta)\/)[^/?#]+/;
const SECRET_PARAMS = /([?&](?:_csrf|token|nyckel)=)[^&#]*/g;

export function loggableUrl(url: string): string {
  return url.replace(SECRET_PATHS, '$1…').replace(SECRET_PARAMS, '$1…');
}

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (req: FastifyRequest, reply) => {
    req.log.info(
      {
        method: req.method,
        url: loggableUrl(req.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ip: req.ip,
      },
      'förfrågan',
    );
  });
}
