import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { useCli } from '../../app/testing/cli.js';

/** Ten fictional enterprises, among them 799900-1014 Kooperativet Exempelringen. */
const EXAMPLE = join(process.cwd(), 'tests/fixtures/import/exempel.csv');
const LINK = /^http:\/\/localhost:3000\/inbjudan\/[A-Za-z0-9_-]+$/m;

describe('asf user create', () => {
  const { run } = useCli('asf-user-');

  test('creates a coordinator and prints the link where they choose a password', async () => {
    const r = await run(['user', 'create', '--email', 'kim@kommun.example', '--role', 'coordinator', '--name', 'Kim']);
    assert.equal(r.code, 0, r.text);
    assert.match(r.text, /Skapade samordnare kim@kommun\.example\./);
    assert.match(r.text, LINK);
  });

  test('creates an enterprise editor for an enterprise in the register, found by its org.nr', async () => {
    assert.equal((await run(['import', 'enterprises', EXAMPLE])).code, 0);
    const none = await run(['user', 'create', '--email', 'red@exempelringen.example', '--role', 'enterprise_editor']);
    assert.equal(none.code, 1);
    assert.match(none.text, /En företagsredaktör måste höra till ett företag/);
    // Written without the dash: the register's own rules read it.
    const e = await run([
      'user',
      'create',
      '--email',
      'ed@exempelringen.example',
      '--role',
      'enterprise_editor',
      '--enterprise',
      '7999001014',
    ]);
    assert.equal(e.code, 0, e.text);
    assert.match(e.text, /Skapade företagsredaktör ed@exempelringen\.example\./);
    assert.match(e.text, LINK);
  });

  test('an org.nr the register lacks, or a wrong one, exits 1 with a plain Swedish message', async () => {
    const unknown = await run([
      'user',
      'create',
      '--email',
      'a@b.example',
      '--role',
      'enterprise_editor',
      '--enterprise',
      '556677-8899',
    ]);
    assert.equal(unknown.code, 1);
    assert.match(
      unknown.text,
      /--enterprise 556677-8899: Det finns inget företag med det organisationsnumret i registret/,
    );
    assert.doesNotMatch(unknown.text, LINK);

    const wrong = await run([
      'user',
      'create',
      '--email',
      'a@b.example',
      '--role',
      'enterprise_editor',
      '--enterprise',
      '799900-1015',
    ]);
    assert.equal(wrong.code, 1);
    assert.match(wrong.text, /kontrollsiffran \(den sista\) är fel/);

    const list = await run(['user', 'list']);
    assert.doesNotMatch(list.text, /a@b\.example/, 'nothing was created');
    assert.match(list.text, /kim@kommun\.example\tSamordnare/);
  });

  test('bad flags exit 2', async () => {
    assert.equal((await run(['user', 'create', '--email', 'inte-en-adress', '--role', 'coordinator'])).code, 2);
    assert.equal((await run(['user', 'create', '--email', 'x@y.example', '--role', 'kung'])).code, 2);
  });
});
