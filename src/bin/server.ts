import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from '../platform/app.js';
import { firstAdminLink } from '../platform/auth/auth.service.js';
import { ensureRetentionScheduled } from '../platform/auth/retention.jobs.js';
import { baseUrl, ConfigError, loadConfig } from '../platform/config/config.js';
import { analyze, analyzeIfNeverAnalyzed } from '../platform/db/maintenance.js';
import { openConfiguredDatabase } from '../platform/db/open.js';
import { isDatabaseUnavailable } from '../platform/db/unavailable.js';
import { startWorker } from '../platform/jobs/worker.js';
import { loadDemoData } from '../modules/register/demo.startup.js';

/** `npm start`: open and migrate the database, load demo data if asked, serve. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const database = await openConfiguredDatabase(config);
  const added = config.DEMO ? await loadDemoData(database.db, config.DEMO_ENTERPRISES) : 0;
  if (added > 0) await analyze(database.db);
  else await analyzeIfNeverAnalyzed(database.db);
  const { app, ctx } = await buildApp({ config, database });
  exitOnlyOnRealBugs(app.log);
  await ensureRetentionScheduled(ctx);
  // WORKER=false leaves the queue to another process (several web instances, one worker).
  const worker = config.WORKER ? startWorker(ctx, { log: app.log }) : undefined;

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'stänger ner');
    // The job under way finishes before the database closes under it.
    await worker?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  // Since the process started, module loading included: what a person waiting for it sees.
  const ms = Math.round(performance.now());
  const where = database.kind === 'pglite' ? `inbyggd databas i ${config.DATA_DIR}` : 'PostgreSQL';
  process.stdout.write(`ASF-plattformen är igång på ${baseUrl(config)} (${where}, redo på ${ms} ms)\n`);
  // Until someone has used it, every start prints a new link (the old ones stop working).
  const adminLink = await firstAdminLink(ctx);
  if (adminLink) {
    process.stdout.write(
      `Det finns ingen administratör än. Skapa den första här (länken gäller i 24 timmar):\n${adminLink}\n`,
    );
  }
}

/**
 * Node ends the process on an error nobody handled. For the database being away (a stray
 * rejection or 'error' event from a connection the server closed) that would take the whole site
 * down for something it recovers from by itself: log it and go on. Anything else is a bug that
 * left the process in a state nobody planned for: log it with its stack and exit as Node would,
 * so that whatever supervises the process starts a clean one.
 */
function exitOnlyOnRealBugs(log: FastifyBaseLogger): void {
  const handle = (kind: string) => (err: unknown) => {
    if (isDatabaseUnavailable(err)) {
      log.warn({ err }, `databasen går inte att nå (${kind} utan hanterare); processen fortsätter`);
      return;
    }
    log.fatal({ err }, `${kind} utan hanterare; processen avslutas`);
    process.exit(1);
  };
  process.on('unhandledRejection', handle('unhandledRejection'));
  process.on('uncaughtException', handle('uncaughtException'));
}

main().catch((e: unknown) => {
  process.stderr.write(`Kunde inte starta: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
