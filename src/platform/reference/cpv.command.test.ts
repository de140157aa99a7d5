import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { useCli } from '../../app/testing/cli.js';
import { sharedReferencePath } from './shared-path.js';

const sv = sharedReferencePath('eforms-sdk', 'translations', 'code_sv.xml');
const en = sharedReferencePath('eforms-sdk', 'translations', 'code_en.xml');

describe('asf import cpv', () => {
  const { ctx, run } = useCli('asf-cpv-');

  test(
    'loads all 9 454 codes, and a second run changes nothing',
    { skip: !sv || !en ? 'ingen ../shared/reference/eforms-sdk (referensdata saknas)' : false },
    async () => {
      const first = await run(['import', 'cpv', sv!, en!]);
      assert.equal(first.code, 0, first.text);
      assert.match(first.text, /Läste 9454 CPV-koder; 9454 nya eller ändrade sparades/);
      const second = await run(['import', 'cpv', sv!, en!]);
      assert.match(second.text, /Läste 9454 CPV-koder; 0 nya eller ändrade sparades/);
    },
  );

  test('plain answers for a missing argument and a missing file', async () => {
    const none = await run(['import', 'cpv']);
    assert.equal(none.code, 2);
    assert.match(none.text, /Ange den svenska filen/);
    const missing = await run(['import', 'cpv', join(ctx.dir, 'finns-inte.xml')]);
    assert.equal(missing.code, 1);
    assert.match(missing.text, /Kunde inte läsa filen: .*finns-inte\.xml \(ENOENT\)/);
  });
});
