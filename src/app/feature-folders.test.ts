import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

/**
 * A module's feature folders depend on each other in one direction only (ARCHITECTURE.md): no
 * circle between folders, and no circle between files anywhere in a module. Tests and testing/
 * helpers are left out; they may reach across.
 */
const MODULES = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'modules');

type Graph = Map<string, Set<string>>;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'testing') out.push(...sourceFiles(path));
    } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const base = resolve(dirname(file), m[1]!).replace(/\.js$/, '');
    for (const candidate of [`${base}.ts`, `${base}.tsx`]) {
      try {
        if (statSync(candidate).isFile()) out.push(candidate);
      } catch {
        // not this extension
      }
    }
  }
  return out;
}

/** The first circle found in a graph, as the list of nodes around it; null when there is none. */
export function findCycle(graph: Graph): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return null;
}

function graphsOf(moduleDir: string): { files: Graph; folders: Graph } {
  const files: Graph = new Map();
  const folders: Graph = new Map();
  // A file in a feature folder stands for its folder; a file at the module's root for itself.
  const nodeOf = (file: string) => {
    const parts = relative(moduleDir, file).split('/');
    return parts.length > 1 ? `${parts[0]}/` : parts[0]!;
  };
  for (const file of sourceFiles(moduleDir)) {
    const from = relative(moduleDir, file);
    files.set(from, new Set());
    for (const target of importsOf(file)) {
      if (!target.startsWith(moduleDir)) continue;
      files.get(from)!.add(relative(moduleDir, target));
      const [a, b] = [nodeOf(file), nodeOf(target)];
      if (a === b) continue;
      if (!folders.has(a)) folders.set(a, new Set());
      folders.get(a)!.add(b);
    }
  }
  return { files, folders };
}

// A folder with only a README is a module still to come.
const modules = readdirSync(MODULES).filter((name) => sourceFiles(join(MODULES, name)).length > 0);

test('the circle finder finds a planted circle and passes a tree', () => {
  const planted: Graph = new Map([
    ['enterprise/', new Set(['search/'])],
    ['search/', new Set(['enterprise/'])],
  ]);
  assert.deepEqual(findCycle(planted), ['enterprise/', 'search/', 'enterprise/']);
  const tree: Graph = new Map([
    ['directory/', new Set(['search/', 'enterprise/'])],
    ['search/', new Set(['enterprise/'])],
  ]);
  assert.equal(findCycle(tree), null);
});

for (const name of modules) {
  test(`${name}: no circle between its feature folders, nor between its files`, () => {
    const { files, folders } = graphsOf(join(MODULES, name));
    assert.equal(findCycle(folders)?.join(' → ') ?? null, null, 'feature folders depend on each other in a circle');
    assert.equal(findCycle(files)?.join(' → ') ?? null, null, 'files depend on each other in a circle');
  });
}
