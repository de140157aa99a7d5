import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { APP_ROOT } from '../root.js';

/**
 * Path to a file in the shared reference folder (public source data the project's own constants
 * were derived from), or null when it is absent. Only tests and one-off imports use it: the
 * product must run from its own sources, so nothing at run time may depend on this folder.
 * ASF_SHARED_REFERENCE replaces the usual locations, for checkouts laid out differently (or, set to
 * a missing folder, to see that the tests skip cleanly without it).
 */
export function sharedReferencePath(...parts: string[]): string | null {
  const override = process.env.ASF_SHARED_REFERENCE;
  const roots = override
    ? [override]
    : [join(APP_ROOT, '..', 'shared', 'reference'), resolve(process.cwd(), '../shared/reference')];
  for (const root of roots) {
    const path = join(root, ...parts);
    if (existsSync(path)) return path;
  }
  return null;
}
