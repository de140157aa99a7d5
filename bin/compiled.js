// Finds the program compiled to JavaScript, compiling it first when the sources changed.
//
// `npm start` and `npx asf` run the TypeScript sources. Through tsx every one of the program's
// few hundred modules passes Node's loader hooks, which made a start about 1 s slower (30 000
// enterprises: 2.9 s → 1.9 s to ready) — a second of the site being away after every restart.
// So the sources are compiled once (esbuild, a few tenths of a second) into a folder named by a
// fingerprint of the sources, and that is what runs. A folder is written whole under a temporary
// name and then renamed, so two processes starting at once never see half of one, and a running
// server keeps finding its own version's modules after the sources changed under it.
// Where the folder cannot be written (a read-only installation), the sources run through tsx.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const CACHE = join(ROOT, 'node_modules', '.cache', 'asf-plattformen');
// Older versions are removed when a new one is made; a few are kept for processes still running them.
const KEEP = 3;

/** Imports one of the program's modules, e.g. 'bin/server', from the compiled copy if possible. */
export async function load(module) {
  const dir = await compiledDir().catch(() => undefined);
  if (dir) return import(pathToFileURL(join(dir, `${module}.js`)).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(join(SRC, `${module}.ts`)).href);
}

async function compiledDir() {
  const files = sources(SRC);
  const { version } = await import('esbuild');
  const hash = createHash('sha256').update(`esbuild ${version}\n`);
  for (const file of files) {
    const s = statSync(file);
    hash.update(`${relative(SRC, file)} ${s.size} ${s.mtimeMs}\n`);
  }
  const fingerprint = hash.digest('hex').slice(0, 16);
  const dir = join(CACHE, fingerprint);
  if (existsSync(join(dir, '.complete'))) return dir;

  const temp = `${dir}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  const { build } = await import('esbuild');
  const code = files.filter((f) => /\.tsx?$/.test(f));
  await build({
    entryPoints: code,
    outdir: temp,
    outbase: SRC,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: join(ROOT, 'tsconfig.json'),
    // Stack traces in the log name the TypeScript file and line.
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'silent',
  });
  for (const file of files.filter((f) => !code.includes(f))) {
    const to = join(temp, relative(SRC, file));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(file, to);
  }
  mkdirSync(join(temp, '.complete'));
  try {
    renameSync(temp, dir);
  } catch (e) {
    // Another process finished the same version first: use theirs.
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(join(dir, '.complete'))) throw e;
  }
  prune(fingerprint);
  return dir;
}

/** The program's files: no tests, no notes. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => {
      const path = join(dir, d.name);
      if (d.isDirectory()) return sources(path);
      if (/\.test\.tsx?$/.test(d.name) || d.name.endsWith('.md')) return [];
      return [path];
    })
    .sort();
}

function prune(current) {
  const all = readdirSync(CACHE).map((name) => ({ name, time: statSync(join(CACHE, name)).mtimeMs }));
  // A temporary folder is another process's build under way, or left by one that was killed.
  const abandoned = all.filter((v) => v.name.endsWith('.tmp') && v.time < Date.now() - 3_600_000);
  const older = all
    .filter((v) => v.name !== current && !v.name.endsWith('.tmp'))
    .sort((a, b) => b.time - a.time)
    .slice(KEEP - 1);
  for (const { name } of [...abandoned, ...older]) rmSync(join(CACHE, name), { recursive: true, force: true });
}
