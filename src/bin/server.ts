import { mkdirSync } from 'node:fs';
import type { FastifyBaseLogger } from 'fastify';
import { baseUrl, ConfigError, loadConfig, type Config } from '../platform/config/config.js';
import { isDatabaseUnavailable } from '../platform/db/unavailable.js';
import { acquireDataDirLock, commandSocketPath, DataDirBusyError, type DataDirLock } from '../platform/owner/lock.js';

/** `npm start`: take the data folder, open and migrate the database, load demo data if asked, serve. */
async function start(config: Config, lock: DataDirLock | undefined): Promise<void> {
  // The rest of the program loads while the database opens: reading the embedded database's
  // files and compiling its WebAssembly overlap with loading the app's modules (Kysely and the
  // PostgreSQL driver included, hence the dynamic imports), which shortens every start, the one
  // after a crash above all.
  const started = config.DATABASE_URL
    ? undefined
    : import('../platform/db/pglite.js').then(({ startPGlite }) => startPGlite(config.DATA_DIR));
  const composed = import('../app/modules.js');
  const [
    database,
    { buildApp },
    { firstAdminLink },
    { ensureRetentionScheduled },
    { ensureBackupScheduled },
    { analyze, analyzeIfNeverAnalyzed },
    { startCheckpointer },
    { startWorker },
    { serveCommands },
  ] = await Promise.all([
    composed.then(({ APP }) =>
      import('../platform/db/open.js').then(({ openConfiguredDatabase }) =>
        openConfiguredDatabase(config, { started, migrations: APP.migrations }),
      ),
    ),
    import('../platform/app.js'),
    import('../platform/auth/auth.service.js'),
    import('../platform/auth/retention.jobs.js'),
    import('../platform/backup/backup.jobs.js'),
    import('../platform/db/maintenance.js'),
    import('../platform/db/checkpointer.js'),
    import('../platform/jobs/worker.js'),
    import('../platform/owner/channel.server.js'),
  ]);
  const { APP } = await composed;
  const { app, ctx } = await buildApp({ config, database, composition: APP });
  // Each module's start-up work (the register's demo data), then statistics for the planner.
  let wroteInBulk = false;
  for (const m of APP.modules) if ((await m.onStart?.(ctx))?.wroteInBulk) wroteInBulk = true;
  if (wroteInBulk) await analyze(database.db, database.kind);
  else
    await analyzeIfNeverAnalyzed(
      database.db,
      database.kind,
      APP.modules.flatMap((m) => m.bulkTables ?? []),
    );
  exitOnlyOnRealBugs(app.log);
  await ensureRetentionScheduled(ctx);
  await ensureBackupScheduled(ctx);
  // WORKER=false leaves the queue to another process (several web instances, one worker).
  const worker = config.WORKER ? startWorker(ctx, { log: app.log }) : undefined;
  const checkpointer = startCheckpointer(database, { log: app.log });
  // `asf …` typed while the server owns the embedded database runs here (cli/runner.ts).
  const channel = lock
    ? await serveCommands(
        lock.holder.socket!,
        lock.holder.token,
        // The commands are loaded when the first one is typed, not at every start.
        async (argv, io) => (await import('./asf.js')).main(argv, io, { config, database, ctx }),
        app.log,
      )
    : undefined;

  const guard = lock ? guardDataDir(lock, app.log) : undefined;

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'stänger ner');
    // Commands and the job under way finish before the database closes under them.
    clearInterval(guard);
    await channel?.close();
    await worker?.stop();
    checkpointer.stop();
    await app.close();
    await database.close();
    lock?.release();
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

/** The embedded database's folder is this process's alone while it runs (owner/lock.ts). */
function takeDataDir(config: Config): DataDirLock | undefined {
  if (config.DATABASE_URL) return undefined;
  mkdirSync(config.DATA_DIR, { recursive: true });
  const lock = acquireDataDirLock(config.DATA_DIR, {
    role: 'server',
    what: 'npm start',
    socket: commandSocketPath(config.DATA_DIR),
  });
  // However the process ends (short of kill -9, which the next start recognises), the folder is free again.
  process.once('exit', () => lock.release());
  return lock;
}

/**
 * Every few seconds: is the folder still ours? A lock file deleted by hand is put back. One that
 * names another process means that process may have opened the database too: stopping at once
 * is what keeps the damage smallest (the other process then has it alone).
 */
function guardDataDir(lock: DataDirLock, log: FastifyBaseLogger): NodeJS.Timeout {
  const timer = setInterval(() => {
    const state = lock.check();
    if (state === 'restored') log.warn({ lock: lock.path }, 'låsfilen var borttagen och har lagts tillbaka');
    if (state === 'lost') {
      log.fatal(
        { lock: lock.path },
        'en annan process har tagit databasens mapp; servern stannar för att inte skada den',
      );
      process.exit(1);
    }
  }, 5000);
  timer.unref();
  return timer;
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) fail(e.message, 2);
  throw e;
}
let lock: DataDirLock | undefined;
try {
  lock = takeDataDir(config);
} catch (e) {
  if (e instanceof DataDirBusyError) {
    fail(`Kunde inte starta: ${e.message} Stoppa den först, eller starta med en annan DATA_DIR.`, 1);
  }
  throw e;
}
start(config, lock).catch((e: unknown) => {
  fail(`Kunde inte starta: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, 1);
});
