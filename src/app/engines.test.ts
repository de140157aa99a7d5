import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import semver from 'semver';
import { APP_ROOT } from '../platform/root.js';

/**
 * The Node version the README and package.json name is one every installed package accepts, so
 * `npm install` prints no engine warning on it (issue 9 §5): a dependency that moves on to a
 * newer Node fails here rather than in an operator's terminal.
 */
describe('Node version', () => {
  const read = (file: string) => JSON.parse(readFileSync(join(APP_ROOT, file), 'utf8')) as Record<string, unknown>;
  const ours = (read('package.json').engines as { node: string }).node;
  const lowest = semver.minVersion(ours)!.version;

  it('every package in the lock file accepts the lowest Node that package.json names', () => {
    const packages = read('package-lock.json').packages as Record<string, { engines?: { node?: string } }>;
    const refusing = Object.entries(packages)
      .filter(([name, p]) => name !== '' && p.engines?.node && !semver.satisfies(lowest, p.engines.node))
      .map(([name, p]) => `${name.replace(/^.*node_modules\//, '')} wants ${p.engines!.node}`);
    assert.deepEqual(refusing, [], `Node ${lowest} (package.json: ${ours})`);
  });

  it('the README names the same version, and this Node is one of them', () => {
    const readme = readFileSync(join(APP_ROOT, 'README.md'), 'utf8');
    const [major, minor] = lowest.split('.');
    assert.match(readme, new RegExp(`Node\\.js ${major}\\.${minor} eller senare`));
    assert.ok(semver.satisfies(process.version, ours), `${process.version} does not satisfy ${ours}`);
  });
});
