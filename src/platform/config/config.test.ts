import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.js';

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
