import type { Db } from '../db/schema.js';
import type { AppModule } from '../module.js';
import { enqueue } from './queue.js';

/**
 * Events between modules: a module publishes what happened (procurement: a lot was awarded) and
 * every module that listens (module.ts `on`) gets a job of its own in the database queue, queued
 * in the publisher's transaction, so the job exists exactly when the change does and runs after
 * it is committed. The publisher never knows who listens: modules stay apart.
 */
export const eventJobKind = (module: string, event: string) => `${module}.on.${event}`;

/** Queues the event for each listening module; how many listen. */
export async function publish(
  db: Db,
  modules: readonly AppModule[],
  event: string,
  payload: Record<string, unknown>,
  now: Date,
): Promise<number> {
  const listeners = modules.filter((m) => m.on?.[event] !== undefined);
  for (const m of listeners)
    await enqueue(db, { kind: eventJobKind(m.name, event), payload, runAt: now, createdAt: now });
  return listeners.length;
}
