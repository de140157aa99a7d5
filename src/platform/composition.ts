import type { Migration } from 'kysely';
import type { AccessRule, AppModule, NavEntry } from './module.js';
import { PLATFORM_ACCESS, PLATFORM_HOME } from './auth/access.js';
import type { Role } from './auth/roles.js';
import { PLATFORM_MIGRATIONS } from './db/migrations.js';
import { defineErrors, PLATFORM_ERRORS, type ErrorTable } from './http/errors.js';
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
  /** Longest prefix first, so the most specific rule wins. */
  access: readonly AccessRule[];
  home: Readonly<Partial<Record<Role, string>>>;
  errors: ErrorTable;
  openApiParts: () => OpenApiPart[];
}

const PLATFORM_NAV: readonly NavEntry[] = [
  { href: '/api/docs', label: { sv: platformSv.nav.api, en: platformEn.nav.api }, roles: 'everyone', order: 80 },
  { href: '/admin', label: { sv: platformSv.nav.admin, en: platformEn.nav.admin }, roles: ['admin'], order: 200 },
];

export function compose(modules: readonly AppModule[]): Composition {
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`module ${m.name} is listed twice`);
    names.add(m.name);
  }
  const migrations: Record<string, Migration> = { ...PLATFORM_MIGRATIONS };
  for (const m of modules) {
    for (const [name, migration] of Object.entries(m.migrations ?? {})) {
      if (migrations[name]) throw new Error(`migration ${name} (${m.name}) is already taken`);
      migrations[name] = migration;
    }
  }
  const access: AccessRule[] = [...PLATFORM_ACCESS];
  for (const rule of modules.flatMap((m) => m.access ?? [])) {
    if (access.some((r) => r.prefix === rule.prefix)) throw new Error(`access prefix ${rule.prefix} has two rules`);
    access.push(rule);
  }
  access.sort((a, b) => b.prefix.length - a.prefix.length);
  const errors: ErrorTable = { ...PLATFORM_ERRORS };
  for (const m of modules) {
    for (const [id, entry] of Object.entries(m.errors ?? {})) {
      if (errors[id]) throw new Error(`error id ${id} (${m.name}) is already taken`);
      errors[id] = entry;
    }
    if (m.errors) defineErrors(m.errors);
  }
  const home: Partial<Record<Role, string>> = { ...PLATFORM_HOME };
  for (const m of modules) Object.assign(home, m.home ?? {});
  let parts: OpenApiPart[] | undefined;
  return {
    modules,
    migrations: Object.fromEntries(Object.entries(migrations).sort(([a], [b]) => a.localeCompare(b))),
    nav: [...PLATFORM_NAV, ...modules.flatMap((m) => m.nav ?? [])].sort((a, b) => a.order - b.order),
    access,
    home,
    errors,
    openApiParts: () => (parts ??= modules.flatMap((m) => (m.openApi ? [m.openApi()] : []))),
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The composed platform and modules; pages read the menu from it. */
    composition: Composition;
  }
}
