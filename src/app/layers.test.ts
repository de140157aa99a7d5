import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { APP_ROOT } from '../platform/root.js';

/**
 * The direction of dependence (bin → app → modules → platform; modules meet through index.ts)
 * is the linter's rule `asf/layers` (eslint/layers.js), so `npm run lint` in CI fails on a wrong
 * import. Here the rule is run, with the project's own configuration, on sample files that do
 * what it forbids and what it allows.
 */
const eslint = new ESLint({ cwd: APP_ROOT });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(APP_ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'asf/layers').map((m) => m.message);
}

describe('the lint rule for the direction of dependence', () => {
  it('stops the platform from importing a module or the composition root', async () => {
    const errors = await layerErrors(
      'src/platform/admin/sample.ts',
      [
        "import { enterpriseRegister } from '../../modules/register/index.js';",
        "import { APP } from '../../app/modules.js';",
        "export const x = await import('../../modules/register/orgnr.js');",
        'export { enterpriseRegister, APP };',
      ].join('\n'),
    );
    assert.equal(errors.length, 3, errors.join('\n'));
    assert.match(errors[0]!, /The platform imports nothing from src\/modules\/register\/index\.js/);
  });

  it('stops a module from reaching into another module past its index.ts, and names the index', async () => {
    const errors = await layerErrors(
      'src/modules/procurement/sample.ts',
      [
        "import { findEnterpriseRefByOrgnr } from '../register/enterprise.repository.js';",
        "export * from '../register/register.tables.js';",
        'export { findEnterpriseRefByOrgnr };',
      ].join('\n'),
    );
    assert.equal(errors.length, 2, errors.join('\n'));
    assert.match(errors[0]!, /only through its index\.ts[^']*'\.\.\/register\/index\.js'/);
  });

  it('stops a module from importing the composition root or a program', async () => {
    const errors = await layerErrors(
      'src/modules/register/sample.ts',
      "import { APP } from '../../app/modules.js';\nimport { main } from '../../bin/asf.js';\nexport { APP, main };",
    );
    assert.equal(errors.length, 2, errors.join('\n'));
  });

  it('allows what the direction allows', async () => {
    assert.deepEqual(
      await layerErrors(
        'src/modules/procurement/sample.ts',
        [
          "import { enterpriseRegister } from '../register/index.js';",
          "import { AppError } from '../../platform/http/errors.js';",
          "import { x } from './sibling.js';",
          'export { enterpriseRegister, AppError, x };',
        ].join('\n'),
      ),
      [],
    );
    assert.deepEqual(
      await layerErrors(
        'src/app/sample.ts',
        "import { enterpriseRegister } from '../modules/register/index.js';\nexport { enterpriseRegister };",
      ),
      [],
    );
    assert.deepEqual(
      await layerErrors('src/bin/sample.ts', "import { APP } from './modules.js';\nexport { APP };"),
      [],
    );
  });

  it('lets tests use the test harness (src/app/testing, a module’s testing/), and nothing more', async () => {
    const file = 'src/platform/admin/sample.test.ts';
    assert.deepEqual(
      await layerErrors(
        file,
        [
          "import { openTestApp } from '../../app/testing/test-app.js';",
          "import { insertEnterprise } from '../../modules/register/testing/factories.js';",
          'export { openTestApp, insertEnterprise };',
        ].join('\n'),
      ),
      [],
    );
    assert.equal(
      (await layerErrors(file, "import { x } from '../../modules/register/orgnr.js';\nexport { x };")).length,
      1,
    );
  });
});
