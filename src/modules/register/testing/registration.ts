import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { TestBrowser } from '../../../platform/testing/auth.js';
import type { TestApp } from '../../../app/testing/test-app.js';
import { nextOrgnr } from './factories.js';

/** Registers a new enterprise through `/registrera` the way a visitor does, for tests. */
export const REGISTRATION_PASSWORD = 'ett långt lösenord för registrering';

export interface Registered {
  browser: TestBrowser;
  orgnr: string;
  name: string;
  email: string;
}

export async function registerViaForm(t: TestApp, overrides: Record<string, string> = {}): Promise<Registered> {
  const browser = new TestBrowser(t);
  const orgnr = nextOrgnr();
  const form = {
    orgnr: orgnr.replace('-', ''),
    name: `Kooperativet ${orgnr}`,
    contactName: 'Åsa Örn',
    email: `kontakt-${orgnr.replace('-', '')}@example.se`,
    password: REGISTRATION_PASSWORD,
    password2: REGISTRATION_PASSWORD,
    ...overrides,
  };
  await browser.get('/registrera');
  const res = await browser.post('/registrera', form);
  assert.equal(res.statusCode, 200, res.body.slice(0, 2000));
  assert.match(res.body, /Kolla din e-post/);
  return { browser, orgnr, name: form.name, email: form.email.toLowerCase() };
}

/** The confirmation link in the newest message to `email` in the outbox (path only). */
export async function confirmationPath(t: TestApp, email: string): Promise<string> {
  const row = await t.ctx.db
    .selectFrom('mail_outbox')
    .select('text_body')
    .where('to_address', '=', email)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const link = /https?:\/\/\S+\/registrera\/bekrafta\/[A-Za-z0-9_-]+/.exec(row.text_body)?.[0];
  assert.ok(link, `no confirmation link in: ${row.text_body}`);
  return new URL(link).pathname;
}

/**
 * Uses an e-mailed confirmation link the way a person does: the link opens a page (which uses
 * nothing up), and the button on it posts back to the same address. Returns the POST's answer.
 */
export async function confirmViaLink(browser: TestBrowser, path: string): Promise<LightMyRequestResponse> {
  const page = await browser.get(path);
  assert.equal(page.statusCode, 200, page.body.slice(0, 2000));
  assert.match(page.body, /Bekräfta min e-postadress<\/button>/);
  return browser.post(path);
}
