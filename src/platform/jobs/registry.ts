import type { AppContext } from '../context.js';

/** Which run of a job this is; a handler that must act on its last try (mail marks its message failed) reads it. */
export interface JobAttempt {
  jobId: number;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
  /** Throwing now fails the job for good. */
  isLastAttempt: boolean;
  /**
   * Runs a write that records what the handler has already done outside the database (a mail
   * handed to the SMTP server). While the database is away the write is retried until it answers,
   * so the job is not run again for want of the record. The write must be safe to repeat.
   */
  record<T>(write: () => Promise<T>): Promise<T>;
}

/** What a job does with its payload. Throwing makes the queue try again later. */
export type JobHandler = (ctx: AppContext, payload: Record<string, unknown>, attempt: JobAttempt) => Promise<void>;

/**
 * The job kinds this process knows how to run. Each module adds its handlers when it is
 * registered (e.g. `mail.send`, `register.reverification`); the worker looks them up here.
 */
export class JobRegistry {
  private readonly handlers = new Map<string, JobHandler>();

  on(kind: string, handler: JobHandler): void {
    if (this.handlers.has(kind)) throw new Error(`job kind ${kind} registered twice`);
    this.handlers.set(kind, handler);
  }

  get(kind: string): JobHandler | undefined {
    return this.handlers.get(kind);
  }

  kinds(): string[] {
    return [...this.handlers.keys()];
  }
}
