import type { LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../auth/password.js';
import type { Role } from '../auth/roles.js';
import { insertOrganisation, insertUser } from '../auth/user.repository.js';
import type { TestApp } from '../../app/testing/test-app.js';

/**
 * Signed-in browsers for in-process HTTP tests. A `TestBrowser` keeps cookies like a browser
 * does and sends the CSRF token with every form, so tests go through the same checks as users.
 */
export const TEST_PASSWORD = 'ett långt testlösenord';

export async function createTestUser(
  t: TestApp,
  role: Role,
  options: { email?: string; name?: string; enterpriseId?: number | null; organisationId?: number | null } = {},
): Promise<{ id: number; email: string }> {
  const email = options.email ?? `${role}-${Math.random().toString(36).slice(2, 8)}@example.se`;
  let organisationId = options.organisationId ?? null;
  if (role === 'buyer' && organisationId === null) {
    organisationId = await insertOrganisation(t.ctx.db, {
      name: `Testkommun ${Math.random().toString(36).slice(2, 6)}`,
      kind: 'kommun',
      countyCode: null,
      municipalityCode: null,
      now: t.ctx.now(),
    });
  }
  const id = await insertUser(t.ctx.db, {
    email,
    name: options.name ?? null,
    role,
    passwordHash: await hashPassword(TEST_PASSWORD),
    organisationId,
    enterpriseId: options.enterpriseId ?? null,
    emailConfirmedAt: t.ctx.now(),
    createdAt: t.ctx.now(),
  });
  return { id, email };
}

export class TestBrowser {
  readonly cookies = new Map<string, string>();
  constructor(readonly t: TestApp) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const gone = c.value === '' || c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() < Date.now());
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.t.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader() } });
    this.remember(res);
    return res;
  }

  /** The CSRF token the last page gave (fetches a page first if there is none). */
  async csrf(): Promise<string> {
    if (!this.cookies.has('asf_csrf')) await this.get('/logga-in');
    return this.cookies.get('asf_csrf')!;
  }

  /** Posts a form the way a browser does, with the CSRF token unless `csrf: false`. */
  async post(
    url: string,
    form: Record<string, string | string[]> = {},
    options: { csrf?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    const params = new URLSearchParams();
    if (options.csrf !== false) params.append('_csrf', await this.csrf());
    for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
    const res = await this.t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: params.toString(),
    });
    this.remember(res);
    return res;
  }

  async signIn(email: string, password = TEST_PASSWORD): Promise<LightMyRequestResponse> {
    const res = await this.post('/logga-in', { email, password });
    if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
    return res;
  }
}

/** A browser signed in as a new user with the role. */
export async function signedIn(
  t: TestApp,
  role: Role,
  options: Parameters<typeof createTestUser>[2] = {},
): Promise<{ browser: TestBrowser; user: { id: number; email: string } }> {
  const user = await createTestUser(t, role, options);
  const browser = new TestBrowser(t);
  await browser.signIn(user.email);
  return { browser, user };
}
