import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's folder (where package.json is). Found by walking up rather than by a fixed number
 * of `..`: the program runs both from src/ and from its compiled copy (bin/compiled.js), which
 * lies at another depth.
 */
export const APP_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'asf-plattformen') {
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`hittar inte projektets mapp ovanför ${from}`);
  }
}
