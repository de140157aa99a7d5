import type { FastifyInstance } from 'fastify';
import type { Kysely, Migration } from 'kysely';
import type { VNode } from 'preact';
import type { AccountHooks } from './account/account-hooks.js';
import type { AuditDetailLabels } from './audit/audit.labels.js';
import type { OpenApiPart } from './api/openapi.js';
import type { Access } from './auth/access.js';
import type { Role } from './auth/roles.js';
import type { Command } from './cli/command.js';
import type { AppContext } from './context.js';
import type { PlatformDB } from './db/schema.js';
import type { ErrorTable } from './http/errors.js';
import type { DailySchedule } from './jobs/daily.js';
import type { JobHandler } from './jobs/registry.js';

/**
 * The module contract: everything a module (register, procurement, followup, plan, impact)
 * brings to the platform, in one object. The platform never imports a module; the composition
 * root (src/app/) lists the modules and hands them to buildApp, the CLI and the migrator.
 * `Tables` names the module's table types (for its own code: `AppContext<PlatformDB & Tables>`).
 */
export interface AppModule<_Tables = unknown> {
  /** Short machine name ('register'); prefixes its job kinds and its migrations. */
  name: string;
  /**
   * Its migrations, named with a number shared by all modules ('0002_register_enterprise'): they
   * run in name order across the platform and every module. Released ones are never edited.
   */
  migrations?: Readonly<Record<string, Migration>>;
  /** Registers its routes (pages, forms, API). */
  routes?: (app: FastifyInstance, ctx: AppContext) => void | Promise<void>;
  /** Menu items, each with the roles that see it ('everyone': signed in or not). */
  nav?: readonly NavEntry[];
  /** Links in every page's footer, for everyone (registering, finding a coordinator). */
  footer?: readonly FooterLink[];
  /** Its settings pages for administrators, listed on /admin (the direct-procurement limits). */
  adminLinks?: readonly AdminLink[];
  /**
   * Who may reach its path prefixes. access.ts enforces the rules of every module; a route under
   * no rule is public, and the route × role test asks every route to fall under some rule.
   */
  access?: readonly AccessRule[];
  /** Where a role lands after signing in, when this module is their place of work. */
  home?: Partial<Record<Role, string>>;
  /** Its part of the OpenAPI document (paths, tags, schemas); built when first asked for. */
  openApi?: () => OpenApiPart;
  /** Its CLI commands (`npx asf …`). */
  commands?: readonly Command[];
  /** Handlers of queued jobs, by kind ('register.something'). */
  jobs?: Readonly<Record<string, JobHandler>>;
  /**
   * What it does when another module publishes an event (platform/jobs/events.ts), by the event's
   * name ('procurement.lot_awarded'): each runs as a job of its own after the publisher commits.
   */
  on?: Readonly<Record<string, JobHandler>>;
  /** Jobs that run once a day at a fixed hour; scheduled when the app starts. */
  daily?: readonly DailyJob[];
  /** What the account pages ask it: its personal data about a user, org.nr look-up. */
  accountHooks?: AccountHooks;
  /** Names for the keys and coded values of its audit details, for the log page. */
  auditDetails?: AuditDetailLabels;
  /** Its stable error ids, with HTTP status and what each means (shown in the API docs). */
  errors?: ErrorTable;
  /** Whether it holds fictional demo data (every page then says so). */
  hasDemoData?: (db: Kysely<PlatformDB>) => Promise<boolean>;
  /**
   * Its tables that bulk writes fill: analysed at start when never analysed, since the embedded
   * database has no autovacuum and the planner picks poor plans without statistics.
   */
  bulkTables?: readonly string[];
  /**
   * Sections the module adds to an enterprise's own page (/mitt-foretag), below the register's
   * own: procurement's "Möjligheter för er". Rendered on the server for the signed-in editor's
   * enterprise; null when the module has nothing to say to it.
   */
  enterpriseSections?: readonly EnterpriseSection[];
  /** Run once when the server starts, after migration and before serving (demo data). Returns whether it wrote much. */
  onStart?: (ctx: AppContext) => Promise<{ wroteInBulk: boolean } | void>;
}

export interface NavEntry {
  href: string;
  label: { sv: string; en: string };
  /** Who sees it: 'everyone', or the roles (signed in). */
  roles: 'everyone' | readonly Role[];
  /** Place in the menu, lowest first: 0 start, 10–89 public pages, 100– work places. */
  order: number;
}

export interface FooterLink {
  href: string;
  label: { sv: string; en: string };
  /** Place among the footer's links, lowest first: 0–49 for modules, 50– the platform's own. */
  order: number;
}

export interface AdminLink {
  /** Under /admin, where access.ts lets only administrators in. */
  href: string;
  label: { sv: string; en: string };
  text: { sv: string; en: string };
}

export interface AccessRule {
  /** A path prefix, matched at a segment boundary ('/samordning' covers '/samordning/x'; '/' only itself). */
  prefix: string;
  access: Access;
}

export interface EnterpriseSection {
  /** Place among the modules' sections, lowest first. */
  order: number;
  render: (ctx: AppContext, enterpriseId: number) => Promise<VNode | null>;
}

export interface DailyJob {
  schedule: DailySchedule;
  run: (ctx: AppContext) => Promise<unknown>;
}
