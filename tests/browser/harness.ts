import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import { chromium } from 'playwright-core';
import { TEST_PASSWORD } from '../../src/platform/testing/auth.js';
import { openTestApp, type TestApp } from '../../src/app/testing/test-app.js';
import { seedEnterprises } from '../../src/modules/register/demo/seed.service.js';
import { insertEnterprise } from '../../src/modules/register/testing/factories.js';
import type { EnterpriseFacts } from '../../src/modules/register/enterprise/enterprise.types.js';

/**
 * Browser tests: the whole app on an in-memory PGlite, served on a random local port, and one
 * Chromium per test file. Every page a test lands on goes through `visit` or `follow`, which
 * check the status and run axe-core (WCAG 2.1 A and AA) expecting zero violations. Any request
 * to another host is blocked and fails the test: public pages load nothing from elsewhere.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A reason to skip, or false: the only reason a browser test may skip is a missing Chromium. */
export const skipReason: string | false = existsSync(CHROMIUM_PATH)
  ? false
  : `webbläsartesterna hoppas över: ingen Chromium på ${CHROMIUM_PATH} (installera med apt-get install chromium eller sätt CHROMIUM_PATH)`;

/** The app's clock in browser tests; demo data is generated relative to it. */
export const TODAY = '2026-11-24';

/** Hand-made enterprises with known facts, so that tests can assert on them by name. */
export const KNOWN = {
  /** Umeå, städning, certified, free work-training places, 60 % from the target group. */
  snoflingan: {
    name: 'Snöflingan Städkooperativ',
    description: 'Städning och lokalvård för kontor och skolor i Umeå.',
    address: { street: 'Kungsgatan 3', postalCode: '903 26', city: 'Umeå', municipalityCode: '2480' },
    operatingAreas: [{ countyCode: '24', municipalityCode: '2480' }],
    offerings: [{ category: 'stadning', cpv: ['90911200'], description: 'Kontorsstäd' }],
    employees: { total: 10, targetGroup: 6, reportedOn: '2026-09-01' },
    certifications: [{ name: 'Svensk Miljöbas', issuer: 'Svensk Miljöbas', validUntil: '2028-01-31' }],
    trainingPlaces: { capacity: 4, free: 2, targetGroups: [], adaptations: null, supervisors: 1 },
  },
  /** Kiruna, catering only, nothing else. */
  renen: {
    name: 'Renens Kök och Catering',
    description: 'Lunchcatering och mötesfika i Kiruna.',
    address: { street: 'Storgatan 9', postalCode: '981 31', city: 'Kiruna', municipalityCode: '2584' },
    operatingAreas: [{ countyCode: '25', municipalityCode: '2584' }],
    offerings: [{ category: 'catering', cpv: [], description: null }],
    employees: { total: 5, targetGroup: 1, reportedOn: '2026-09-01' },
    certifications: [],
    trainingPlaces: null,
  },
} satisfies Record<string, Partial<EnterpriseFacts>>;

export interface Harness {
  base: string;
  testApp: TestApp;
  browser: Browser;
  /** Org.nr of the KNOWN enterprises, by key. */
  orgnr: Record<keyof typeof KNOWN, string>;
  /**
   * A page in a fresh context that blocks and records every request to another host than the
   * app (or than `options.baseURL`, for a second app).
   */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Requests that were blocked because they went to another host, per context. */
const foreign = new WeakMap<BrowserContext, string[]>();
/** For a context with JavaScript off: a JavaScript-enabled twin in which axe runs (see checkPage). */
const twins = new WeakMap<BrowserContext, () => Promise<Page>>();

async function blockForeign(context: BrowserContext, origin: string): Promise<void> {
  const blocked: string[] = [];
  foreign.set(context, blocked);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
}

export async function startHarness({
  demo = 120,
  env = {},
}: { demo?: number; env?: Record<string, string> } = {}): Promise<Harness> {
  const testApp = await openTestApp('pglite', new Date(`${TODAY}T10:00:00Z`), env);
  const db = testApp.database.db;
  if (demo > 0) await seedEnterprises(db, demo, { isDemo: true, today: TODAY });
  const orgnr = {} as Record<keyof typeof KNOWN, string>;
  for (const [key, facts] of Object.entries(KNOWN)) {
    orgnr[key as keyof typeof KNOWN] = (await insertEnterprise(db, facts)).orgnr;
  }
  let base: string;
  let browser: Browser;
  try {
    base = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: LAUNCH_ARGS });
  } catch (e) {
    await testApp.close();
    throw e;
  }
  const contexts: BrowserContext[] = [];

  return {
    base,
    testApp,
    browser,
    orgnr,
    async newPage(options = {}) {
      const context = await browser.newContext({ baseURL: base, locale: 'sv-SE', ...options });
      contexts.push(context);
      const origin = new URL(options.baseURL ?? base).origin;
      await blockForeign(context, origin);
      if (options.javaScriptEnabled === false) {
        let twin: Promise<Page> | undefined;
        twins.set(context, () => {
          twin ??= (async () => {
            const c = await browser.newContext({ baseURL: base, locale: 'sv-SE', ...options, javaScriptEnabled: true });
            contexts.push(c);
            await blockForeign(c, origin);
            // The app's own script stays out, so the twin's document is the one a no-JS user gets.
            await c.route('**/static/app.js', (route) =>
              route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
            );
            return c.newPage();
          })();
          return twin;
        });
      }
      return context.newPage();
    },
    async close() {
      // Close everything first, so that a failed check cannot leave Chromium or the server running.
      const blocked = contexts.flatMap((c) => foreign.get(c) ?? []);
      await browser.close();
      await testApp.close();
      assert.deepEqual(blocked, [], `förfrågningar till andra värdar: ${blocked.join(', ')}`);
    },
  };
}

export function assertNoForeignRequests(context: BrowserContext): void {
  const blocked = foreign.get(context) ?? [];
  assert.deepEqual(blocked, [], `förfrågningar till andra värdar: ${blocked.join(', ')}`);
}

export interface CheckOptions {
  /** Expected status; by default anything below 400. */
  status?: number;
}

/** Goes to `path` and checks the page: status, no foreign requests and zero axe violations. */
export async function visit(page: Page, path: string, options: CheckOptions = {}): Promise<Response> {
  const response = await page.goto(path, { waitUntil: 'load' });
  assert.ok(response, `ingen respons för ${path}`);
  await checkPage(page, response, options);
  return response;
}

/**
 * Runs `action` (a click, an Enter) that leads to a new page, waits for that page to load and
 * checks it as `visit` does.
 */
export async function follow(
  page: Page,
  action: () => Promise<unknown>,
  options: CheckOptions = {},
): Promise<Response> {
  // A form with empty fields is redirected to a clean address: the page is the response after it.
  const response = page.waitForResponse(
    (r) =>
      r.request().isNavigationRequest() && r.frame() === page.mainFrame() && (r.status() < 300 || r.status() >= 400),
  );
  const loaded = page.waitForEvent('load');
  await action();
  const [r] = await Promise.all([response, loaded]);
  await checkPage(page, r, options);
  return r;
}

async function checkPage(page: Page, response: Response, options: CheckOptions): Promise<void> {
  const status = response.status();
  if (options.status !== undefined) assert.equal(status, options.status, `status för ${response.url()}`);
  else assert.ok(status < 400, `${response.url()} gav status ${status}`);
  assertNoForeignRequests(page.context());
  const twin = twins.get(page.context());
  if (!twin) return assertAccessible(page);
  // axe-core schedules its work with setTimeout, and timers never fire in a page with
  // JavaScript off; so it runs on the same address in a twin page that has JavaScript but not
  // the app's script, which renders the document a no-JS user gets.
  const other = await twin();
  const r = await other.goto(page.url(), { waitUntil: 'load' });
  assert.equal(r?.status(), status, `tvillingsidan för ${page.url()}`);
  await assertAccessible(other);
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Hashes of document states that axe has already passed in this test file. */
const passed = new Set<string>();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * axe-core in the page. The app's CSP (`script-src 'self'`) refuses inline scripts, so
 * `addScriptTag({ content })` is blocked; `bypassCSP` would switch the CSP off for the whole
 * page under test and hide the very violations the CSP exists to stop. Evaluating the source
 * through the DevTools protocol (page.evaluate) is not subject to the page's CSP and leaves the
 * page's own policy in force.
 */
export async function assertAccessible(page: Page): Promise<void> {
  // The same document at the same size and media gives the same axe result: a page a test
  // opens again (the directory's start state, a shared URL) is checked once per file.
  const state = await page.evaluate(() =>
    [innerWidth, innerHeight, matchMedia('print').matches, document.documentElement.outerHTML].join('\n'),
  );
  const key = createHash('sha256').update(state).digest('hex');
  if (passed.has(key)) return;
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations;
  }, WCAG_TAGS);
  const list = violations as AxeViolation[];
  if (list.length === 0) {
    passed.add(key);
    return;
  }
  const report = list
    .map((v) => {
      const nodes = v.nodes.map(
        (n) =>
          `    ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`,
      );
      return `  ${v.id} (${v.impact ?? '?'}): ${v.help}\n  ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
  assert.fail(`axe hittade ${list.length} WCAG-fel på ${page.url()}:\n${report}`);
}

/** The number of enterprises announced in the role=status element. */
export async function resultCount(page: Page): Promise<number> {
  const text = (await page.getByRole('status').first().innerText()).replace(/\s/g, '');
  const m = /(\d+)företag/.exec(text);
  assert.ok(m, `ingen antalstext i role=status: ${text}`);
  return Number(m[1]);
}

/** Names of the enterprises listed on the current result page. */
export async function resultNames(page: Page): Promise<string[]> {
  return page.locator('.result-list .result h3 a').allInnerTexts();
}

/** The current URL's query without empty values (a GET form sends its empty fields too). */
export function queryOf(page: Page): Record<string, string> {
  return Object.fromEntries([...new URL(page.url()).searchParams].filter(([, v]) => v !== ''));
}

/** Signs in through the sign-in form, as a person does; the pages on the way are checked. */
export async function signIn(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  await visit(page, '/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await follow(page, () => page.getByRole('button', { name: 'Logga in' }).click());
}
