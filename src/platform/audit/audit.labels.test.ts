import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inLanguage } from '../i18n/language.js';
import { defineAuditDetailLabels, describeDetails, PLATFORM_AUDIT_DETAILS } from './audit.labels.js';

test('details read as words, each code only under its own key', () => {
  defineAuditDetailLabels(PLATFORM_AUDIT_DETAILS);
  defineAuditDetailLabels({
    keys: { topic: { sv: 'Gäller', en: 'About' } },
    values: { topic: { admin: { sv: 'x', en: 'x' } } },
  });
  assert.deepEqual(describeDetails({ reason: 'wrong_password', known: true }), [
    { label: 'Orsak', value: 'fel lösenord', translated: true },
    { label: 'Känd adress', value: 'ja', translated: true },
  ]);
  // 'admin' is a role under `role`, but someone's own text under `name`.
  assert.deepEqual(describeDetails({ role: 'admin', name: 'admin' }), [
    { label: 'Roll', value: 'administratör', translated: true },
    { label: 'Namn', value: 'admin', translated: false },
  ]);
  assert.deepEqual(
    inLanguage('en', () => describeDetails({ reason: 'disabled' })),
    [{ label: 'Reason', value: 'the account is disabled', translated: true }],
  );
});

test('a label named twice differently is refused', () => {
  assert.throws(() => defineAuditDetailLabels({ keys: { reason: { sv: 'Skäl', en: 'Reason' } } }), /already taken/);
});
