import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Kysely } from 'kysely';
import type { PlatformDB } from '../db/schema.js';
import { AccountHookRegistry, type PersonalDataHook } from './account-hooks.js';

const db = {} as Kysely<PlatformDB>;
const data = (key: string): PersonalDataHook => ({ key, collect: async () => [], anonymise: async () => {} });

test('without a register, finding an enterprise says so instead of failing', async () => {
  const hooks = new AccountHookRegistry();
  assert.deepEqual(await hooks.findEnterprise(db, '556677-8899'), {
    ok: false,
    message: 'Det finns inget företagsregister att söka i.',
  });
});

test('one module answers findEnterprise, and no two take the same key in the download', async () => {
  const hooks = new AccountHookRegistry();
  hooks.register({ findEnterprise: async () => ({ ok: true, id: 7, name: 'A' }), personalData: [data('changes')] });
  assert.deepEqual(await hooks.findEnterprise(db, 'x'), { ok: true, id: 7, name: 'A' });
  assert.throws(() => hooks.register({ findEnterprise: async () => ({ ok: false, message: '' }), personalData: [] }));
  assert.throws(() => hooks.register({ personalData: [data('changes')] }), /changes/);
  assert.throws(() => hooks.register({ personalData: [data('account')] }), /account/);
  hooks.register({ personalData: [data('offers')] });
  assert.deepEqual(
    hooks.personalData.map((d) => d.key),
    ['changes', 'offers'],
  );
});
