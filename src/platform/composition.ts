import type { Operator } from './config/config.js';
import type { Migration } from 'kysely';
import type { AccessRule, AdminLink, AppModule, EnterpriseSection, FooterLink, NavEntry } from './module.js';
import { PLATFORM_ACCESS, PLATFORM_HOME } from './auth/access.js';
import type { Role } from './auth/roles.js';
import { PLATFORM_MIGRATIONS } from './db/migrations.js';
import { defineErrors, PLATFORM_ERRORS, type ErrorTable } from './http/errors.js';
import { AccountHookRegistry } from './account/account-hooks.js';
import { defineAuditDetailLabels, PLATFORM_AUDIT_DETAILS } from './audit/audit.labels.js';
import type { OpenApiPart } from './api/openapi.js';
import { platformSv } from './i18n/platform.sv.js';
import { platformEn } from './i18n/platform.en.js';

/**
 * The platform and the modules the composition root (src/app/) hands it, put together once:
 * one migration list, one menu, one set of access rules, one error table. Everything here is
 * checked at start: two modules claiming the same migration, prefix or error id fail loudly.
 */
export interface Composition {
  modules: readonly AppModule[];
  migrations: Readonly<Record<string, Migration>>;
  nav: readonly NavEntry[];
  footer: readonly FooterLink[];
  adminLinks: readonly AdminLink[];
  /** The modules' sections on an enterprise's own page, in their order. */
  enterpriseSections: readonly EnterpriseSection[];
  /** Longest prefix first, so the most specific rule wins. */
  access: readonly AccessRule[];
  home: Readonly<Partial<Record<Role, string>>>;
  errors: ErrorTable;
  /** The modules' account hooks (personal data, org.nr look-up), registered once. */
  accountHooks: AccountHookRegistry;
  openApiParts: () => OpenApiPart[];
}

const PLATFORM_NAV: readonly NavEntry[] = [
  { href: '/api/docs', label: { sv: platformSv.nav.api, en: platformEn.nav.api }, roles: 'everyone', order: 80 },
  { href: '/admin', label: { sv: platformSv.nav.admin, en: platformEn.nav.admin }, roles: ['admin'], order: 200 },
];

const PLATFORM_FOOTER: readonly FooterLink[] = [
  {
    href: '/tillganglighet',
    label: { sv: platformSv.footer.accessibility, en: platformEn.footer.accessibility },
    order: 50,
  },
  { href: '/integritet', label: { sv: platformSv.footer.privacy, en: platformEn.footer.privacy }, order: 60 },
  { href: '/api/docs', label: { sv: platformSv.footer.apiDocs, en: platformEn.footer.apiDocs }, order: 70 },
];

/** Adds `entries` to `into`; a key already there is a mistake of whoever listed the modules. */
function claim<T>(into: Record<string, T>, entries: Readonly<Record<string, T>>, what: string, owner: string): void {
  for (const [key, value] of Object.entries(entries)) {
    if (key in into) throw new Error(`${what} ${key} (${owner}) is already taken`);
    into[key] = value;
  }
}

export function compose(modules: readonly AppModule[]): Composition {
  const migrations: Record<string, Migration> = { ...PLATFORM_MIGRATIONS };
  const access: Record<string, AccessRule> = Object.fromEntries(PLATFORM_ACCESS.map((r) => [r.prefix, r]));
  const errors: ErrorTable = { ...PLATFORM_ERRORS };
  const home: Partial<Record<Role, string>> = { ...PLATFORM_HOME };
  const accountHooks = new AccountHookRegistry();
  defineAuditDetailLabels(PLATFORM_AUDIT_DETAILS);
  for (const m of modules) {
    if (modules.filter((o) => o.name === m.name).length > 1) throw new Error(`module ${m.name} is listed twice`);
    claim(migrations, m.migrations ?? {}, 'migration', m.name);
    claim(access, Object.fromEntries((m.access ?? []).map((r) => [r.prefix, r])), 'access prefix', m.name);
    claim(errors, m.errors ?? {}, 'error id', m.name);
    // AppError reads its status by id, and forms re-render with it: the ids are known process-wide.
    if (m.errors) defineErrors(m.errors);
    if (m.auditDetails) defineAuditDetailLabels(m.auditDetails);
    Object.assign(home, m.home ?? {});
    if (m.accountHooks) accountHooks.register(m.accountHooks);
  }
  let parts: OpenApiPart[] | undefined;
  return {
    modules,
    migrations: Object.fromEntries(Object.entries(migrations).sort(([a], [b]) => a.localeCompare(b))),
    nav: [...PLATFORM_NAV, ...modules.flatMap((m) => m.nav ?? [])].sort((a, b) => a.order - b.order),
    footer: [...PLATFORM_FOOTER, ...modules.flatMap((m) => m.footer ?? [])].sort((a, b) => a.order - b.order),
    adminLinks: modules.flatMap((m) => m.adminLinks ?? []),
    enterpriseSections: modules.flatMap((m) => m.enterpriseSections ?? []).sort((a, b) => a.order - b.order),
    access: Object.values(access).sort((a, b) => b.prefix.length - a.prefix.length),
    home,
    errors,
    accountHooks,
    openApiParts: () => (parts ??= modules.flatMap((m) => (m.openApi ? [m.openApi()] : []))),
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The composed platform and modules; pages read the menu from it. */
    composition: Composition;
    /** Who runs the platform (settings OPERATOR_*); every page's footer names them. */
    operator: Operator;
  }
}
