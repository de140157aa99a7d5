import { join } from 'node:path';
import { z } from 'zod';

/**
 * Every setting the platform reads, validated once at start-up. The process refuses to start on
 * a bad value rather than failing later in a request. Values marked secret are never logged.
 */
/** The operator until one is set: plainly an example (.invalid never delivers mail). */
const EXAMPLE_OPERATOR = { name: 'Exempelregionen', email: 'kontakt@exempelregionen.invalid' } as const;

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const configSchema = z.object({
  /** Port the HTTP server listens on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to bind; 0.0.0.0 behind a load balancer. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder for the embedded PGlite database, used when DATABASE_URL is not set. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** PostgreSQL connection string (secret: may hold a password). Empty = embedded PGlite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'måste börja med postgres:// eller postgresql://')
    .optional(),
  /** Load clearly marked fictional demo data into an empty database. */
  DEMO: booleanFromEnv.default(true),
  /** Number of fictional enterprises the demo data holds. */
  DEMO_ENTERPRISES: z.coerce.number().int().min(0).max(100000).default(150),
  /** Public address of the site, used in links in e-mails and JSON-LD. */
  BASE_URL: z.string().url().optional(),
  /**
   * Outgoing mail server, e.g. smtp://user:pass@mail.example.se:587 or smtps://… (secret: may
   * hold a password). Empty = mail is kept in the outbox that admins read at /admin/utkorg.
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'måste börja med smtp:// eller smtps://')
    .optional(),
  /** Sender of every e-mail. */
  MAIL_FROM: z.string().min(3).default('ASF-plattformen <noreply@asf-plattformen.invalid>'),
  /**
   * Key that signs links in e-mails (secret). Empty = a random key is made once and kept in the
   * database, so links survive restarts and work on every instance.
   */
  SECRET_KEY: z.string().min(32, 'måste vara minst 32 tecken').optional(),
  /**
   * Whom to contact about personal data, shown on the privacy page (/integritet): an address
   * such as dataskydd@kommun.se, or a name and address. Empty = the page tells readers to
   * contact the organisation running the platform, and admins that this is not set.
   */
  PRIVACY_CONTACT: z
    .string()
    .trim()
    .min(3, 'måste vara minst 3 tecken')
    .max(300, 'får vara högst 300 tecken')
    .optional(),
  /**
   * Trust X-Forwarded-For/-Proto from a proxy in front (a load balancer terminating TLS), so
   * that sign-in and form limits count each visitor's own address rather than the proxy's.
   * Only turn on when every request comes through such a proxy.
   */
  TRUST_PROXY: booleanFromEnv.default(false),
  /** Run the background job worker (mail, reminders) in this process. */
  WORKER: booleanFromEnv.default(true),
  /**
   * Nightly backup (02:00 Swedish time) to BACKUP_DIR. Empty = on with the embedded database,
   * off with PostgreSQL (a managed server keeps its own backups; pg_dump must be installed).
   */
  BACKUP: booleanFromEnv.optional(),
  /** Folder for the nightly backups. Empty = `sakerhetskopior` in DATA_DIR. */
  BACKUP_DIR: z.string().min(1).optional(),
  /** Nightly backups kept: the newest of this many days… */
  BACKUP_KEEP_DAILY: z.coerce.number().int().min(1).max(365).default(7),
  /** …and the newest of this many weeks. */
  BACKUP_KEEP_WEEKLY: z.coerce.number().int().min(0).max(520).default(4),
  /**
   * Who runs the platform, named in the footer of every page and in the accessibility
   * statement (issue 9 §2). The defaults are examples, and every page says so until they are set.
   */
  OPERATOR_NAME: z
    .string()
    .trim()
    .min(2, 'måste vara minst 2 tecken')
    .max(120, 'får vara högst 120 tecken')
    .default(EXAMPLE_OPERATOR.name),
  /** The operator's contact address: questions, problems with the site, accessibility. */
  OPERATOR_EMAIL: z
    .string()
    .trim()
    .email('måste vara en e-postadress, t.ex. kontakt@kommun.se')
    .default(EXAMPLE_OPERATOR.email),
  /** The operator's phone number, optional: digits, spaces, +, - and parentheses. */
  OPERATOR_PHONE: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{4,24}$/, 'måste vara ett telefonnummer, t.ex. 010-123 45 67')
    .optional(),
  /**
   * When the site's accessibility was last assessed (YYYY-MM-DD), the date the accessibility
   * statement (/tillganglighet) gives. The default is the assessment that came with this version.
   */
  ACCESSIBILITY_ASSESSED_ON: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'måste vara ett datum som ÅÅÅÅ-MM-DD')
    .refine(
      (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      {
        message: 'måste vara ett datum som finns',
      },
    )
    .default('2026-12-07'),
  /**
   * The publisher's OCDS prefix (ocds- and six characters from the Open Contracting Partnership),
   * which begins every contracting process id in the OCDS files. The default is a placeholder to
   * be replaced by the prefix the operator registers.
   */
  OCDS_PREFIX: z
    .string()
    .trim()
    .regex(/^ocds-[a-z0-9]{6}$/, 'måste vara ocds- och sex tecken, t.ex. ocds-a1b2c3')
    .default('ocds-asf000'),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

/** Who runs the platform, as pages show it; `example` while the settings are the defaults. */
export interface Operator {
  name: string;
  email: string;
  phone: string | null;
  example: boolean;
}

export function operatorOf(config: Config): Operator {
  return {
    name: config.OPERATOR_NAME,
    email: config.OPERATOR_EMAIL,
    phone: config.OPERATOR_PHONE ?? null,
    example: config.OPERATOR_NAME === EXAMPLE_OPERATOR.name || config.OPERATOR_EMAIL === EXAMPLE_OPERATOR.email,
  };
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const input = Object.fromEntries(Object.keys(configSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Ogiltig konfiguration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function baseUrl(config: Config): string {
  return (config.BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
}

/** Cookies are marked Secure whenever the site is served over https. */
export function secureCookies(config: Config): boolean {
  return baseUrl(config).startsWith('https://');
}

/** Whether the nightly backup runs, and where it writes. */
export function backupSettings(config: Config): { nightly: boolean; dir: string } {
  return {
    nightly: config.BACKUP ?? !config.DATABASE_URL,
    dir: config.BACKUP_DIR ?? join(config.DATA_DIR, 'sakerhetskopior'),
  };
}

/** Settings never printed or logged. */
export const SECRET_SETTINGS = ['DATABASE_URL', 'SMTP_URL', 'SECRET_KEY'] as const;
