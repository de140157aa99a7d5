import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig, operatorOf } from './config.js';

test('PRIVACY_CONTACT is optional, trimmed, and refused when too short to mean anything', () => {
  assert.equal(loadConfig({}).PRIVACY_CONTACT, undefined);
  assert.equal(loadConfig({ PRIVACY_CONTACT: '' }).PRIVACY_CONTACT, undefined);
  assert.equal(loadConfig({ PRIVACY_CONTACT: ' dataskydd@kommun.se ' }).PRIVACY_CONTACT, 'dataskydd@kommun.se');
  assert.throws(
    () => loadConfig({ PRIVACY_CONTACT: 'x' }),
    (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      assert.match(e.message, /PRIVACY_CONTACT: måste vara minst 3 tecken/);
      return true;
    },
  );
});

test('OPERATOR_* name who runs the platform: examples by default, checked when set', () => {
  const example = operatorOf(loadConfig({}));
  assert.equal(example.example, true);
  assert.match(example.email, /\.invalid$/);
  const set = operatorOf(
    loadConfig({ OPERATOR_NAME: ' Region Exempel ', OPERATOR_EMAIL: 'asf@region.se', OPERATOR_PHONE: '010-123 45 67' }),
  );
  assert.deepEqual(set, { name: 'Region Exempel', email: 'asf@region.se', phone: '010-123 45 67', example: false });
  for (const [env, message] of [
    [{ OPERATOR_EMAIL: 'inte en adress' }, /OPERATOR_EMAIL: måste vara en e-postadress/],
    [{ OPERATOR_PHONE: 'ring oss' }, /OPERATOR_PHONE: måste vara ett telefonnummer/],
    [{ OPERATOR_NAME: 'x' }, /OPERATOR_NAME: måste vara minst 2 tecken/],
  ] as const) {
    assert.throws(
      () => loadConfig(env),
      (e: unknown) => e instanceof ConfigError && message.test(e.message),
    );
  }
});
