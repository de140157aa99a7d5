import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { enqueue } from '../platform/jobs/queue.js';
import { drainJobs } from '../platform/jobs/worker.js';
import { compose } from '../platform/composition.js';
import { runCommandLine } from '../platform/cli/runner.js';
import { signedIn, TestBrowser } from '../platform/testing/auth.js';
import { commandsFor } from './commands.js';
import { MODULES } from './modules.js';
import { EXAMPLE_JOB, exampleModule } from './testing/example-module/example.module.js';
import { openTestApp, type TestApp } from './testing/test-app.js';
import { testDatabaseKinds } from './testing/test-db.js';

/**
 * The module contract (platform/module.ts) carries a whole module: the example module, used only
 * here, brings a page, a menu item, a queued job, a table, an API path with its OpenAPI entry, an
 * error id and a CLI command, and the platform serves them all without one line of it changed.
 */
for (const kind of testDatabaseKinds()) {
  describe(`a module added through the contract (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(kind, undefined, {}, { extraModules: [exampleModule] });
    });
    after(() => t.close());

    it('serves its page to the roles it names, and its menu item to them only', async () => {
      const coordinator = (await signedIn(t, 'coordinator')).browser;
      const page = await coordinator.get('/exempel');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1>Exempelmodulen<\/h1>/);
      assert.match((await coordinator.get('/')).body, /<a href="\/exempel"[^>]*>Exempel<\/a>/);

      const buyer = (await signedIn(t, 'buyer')).browser;
      assert.equal((await buyer.get('/exempel')).statusCode, 403);
      assert.doesNotMatch((await buyer.get('/')).body, /href="\/exempel"/);
      const anonymous = await new TestBrowser(t).get('/exempel');
      assert.equal(anonymous.statusCode, 303);
      assert.match(String(anonymous.headers.location), /^\/logga-in\?tillbaka=/);
    });

    it('runs its queued job, which writes to its own table; page and API show the result', async () => {
      await enqueue(t.ctx.db, { kind: EXAMPLE_JOB, payload: { text: 'Skrivet av jobbet' }, runAt: t.ctx.now() });
      assert.ok((await drainJobs(t.ctx)) >= 1);
      const api = await t.app.inject({ method: 'GET', url: '/api/v1/example/notes' });
      assert.equal(api.statusCode, 200);
      assert.deepEqual(
        api.json().items.map((n: { text: string }) => n.text),
        ['Skrivet av jobbet'],
      );
      const coordinator = (await signedIn(t, 'coordinator')).browser;
      assert.match((await coordinator.get('/exempel')).body, /<li>Skrivet av jobbet<\/li>/);
    });

    it('has its path and error id in the OpenAPI document and on the API reference page', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      assert.ok(doc.paths['/api/v1/example/notes'], 'the path is documented');
      assert.ok(doc.components.schemas.ExampleNoteList, 'its schema is a component');
      assert.ok(doc.components.schemas.Error.properties.error.properties.id.enum.includes('example_note_not_found'));
      const missing = await t.app.inject({ method: 'GET', url: '/api/v1/example/notes/999' });
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().error.id, 'example_note_not_found');
      const docs = (await t.app.inject({ method: 'GET', url: '/api/docs' })).body;
      assert.match(docs, /listExampleNotes/);
      assert.match(docs, /<code>example_note_not_found<\/code>/);
    });
  });
}

describe('a module added through the contract, on the command line', () => {
  it('brings its command to `asf`, run against the composed database', async () => {
    const composition = compose([...MODULES, exampleModule]);
    const lines: string[] = [];
    const io = {
      out: (l: string) => lines.push(l),
      err: (l: string) => lines.push(l),
      progress: () => undefined,
      readFile: async () => new Uint8Array(),
      listFiles: async () => [],
      writeFile: async () => undefined,
    };
    assert.equal(await runCommandLine(composition, commandsFor([...MODULES, exampleModule]), ['--help'], io), 0);
    assert.match(lines.join('\n'), /example count\s+Räkna exempelmodulens anteckningar/);
  });

  it('refuses two modules that claim the same migration, access prefix or error id', () => {
    assert.throws(() => compose([...MODULES, exampleModule, { ...exampleModule, name: 'copy' }]), /already taken/);
    assert.throws(() => compose([exampleModule, exampleModule]), /listed twice/);
  });
});
