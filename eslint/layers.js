import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The direction of dependence (ARCHITECTURE.md): bin → app → modules → platform.
 * - src/platform/ imports only the platform;
 * - a module (src/modules/<name>/) imports the platform, itself, and another module only
 *   through that module's index.ts (its public face);
 * - src/app/ (the composition root) imports the platform and each module through its index.ts;
 * - src/bin/ imports the app and the platform.
 * Tests and test helpers (`*.test.ts`, files under a `testing/` folder) may also use the test
 * harness: src/app/testing/ and any module's testing/ folder. Anything outside src/ is free.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function placeOf(file) {
  const parts = relative(ROOT, file).split(sep);
  if (parts[0] !== 'src') return null;
  const [, top, name] = parts;
  const isTestCode = /\.test\.tsx?$/.test(parts.at(-1)) || parts.includes('testing');
  if (top === 'modules' && name && parts.length > 3) {
    return { layer: 'module', module: name, inner: parts.slice(3).join('/'), isTestCode };
  }
  if (top === 'platform' || top === 'app' || top === 'bin') {
    return { layer: top, inner: parts.slice(2).join('/'), isTestCode };
  }
  return null;
}

const withoutExtension = (p) => p.replace(/\.(js|ts|tsx|jsx)$/, '');
const isIndex = (target) => withoutExtension(target.inner) === 'index';
const isHarness = (target) =>
  (target.layer === 'app' && target.inner.startsWith('testing/')) ||
  (target.layer === 'module' && target.inner.startsWith('testing/'));

/** Why `from` may not import `to`, or null when it may. */
function problem(from, to) {
  if (from.isTestCode && isHarness(to)) return null;
  switch (from.layer) {
    case 'platform':
      return to.layer === 'platform' ? null : 'platform';
    case 'module':
      if (to.layer === 'platform') return null;
      if (to.layer === 'module') return to.module === from.module || isIndex(to) ? null : 'moduleInside';
      return 'moduleUp';
    case 'app':
      if (to.layer === 'platform' || to.layer === 'app') return null;
      if (to.layer === 'module') return isIndex(to) ? null : 'moduleInside';
      return 'appUp';
    case 'bin':
      return to.layer === 'module' ? 'binToModule' : null;
    default:
      return null;
  }
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow bin → app → modules → platform; modules meet only through index.ts.' },
    schema: [],
    messages: {
      platform:
        'The platform imports nothing from {{target}}: modules and the composition root build on the platform, not the reverse. Let the module bring it through the module contract (platform/module.ts).',
      moduleInside:
        "Another module is reached only through its index.ts (its public face): import from '{{index}}', and export what you need there if it is a service or a domain type.",
      moduleUp: 'A module imports nothing from {{target}}: the composition root and the programs build on the modules.',
      appUp: 'The composition root imports nothing from {{target}}: the programs in src/bin build on it.',
      binToModule: 'src/bin reaches the modules through the composition root (src/app), not {{target}} directly.',
    },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const from = placeOf(file);
    if (!from) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const targetFile = resolve(dirname(file), source.value);
      const to = placeOf(targetFile);
      if (!to) return;
      const id = problem(from, to);
      if (!id) return;
      const targetText = relative(ROOT, targetFile).split(sep).join('/');
      let index = '';
      if (to.layer === 'module') {
        const indexFile = resolve(ROOT, 'src', 'modules', to.module, 'index.js');
        index = relative(dirname(file), indexFile).split(sep).join('/');
        if (!index.startsWith('.')) index = `./${index}`;
      }
      context.report({ node, messageId: id, data: { target: targetText, index } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { rules: { layers: layersRule } };
