import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writePgliteTemplate } from '../src/app/testing/test-db.js';

/**
 * `npm test`: every *.test.ts under src/ (unit and in-process HTTP tests) and tests/browser/.
 * Says plainly what it leaves out and why: the PostgreSQL run needs TEST_DATABASE_URL, the
 * browser tests need Chromium.
 */
const root = process.cwd();
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

function find(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(p).isDirectory() ? find(p) : name.endsWith('.test.ts') || name.endsWith('.test.tsx') ? [p] : [];
  });
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const notes: string[] = [];
let files = find(join(root, 'src'));
if (only !== 'unit') {
  if (existsSync(chromium)) files = files.concat(find(join(root, 'tests', 'browser')));
  else
    notes.push(
      `Webbläsartesterna hoppas över: ingen Chromium på ${chromium} (installera: apt-get install chromium, eller sätt CHROMIUM_PATH).`,
    );
}
if (!process.env.TEST_DATABASE_URL) {
  notes.push(
    'PostgreSQL-körningen hoppas över: TEST_DATABASE_URL är inte satt (till exempel postgres://postgres@127.0.0.1:5432/test). Testerna körs på den inbyggda PGlite.',
  );
} else {
  process.stdout.write('Testerna körs på PGlite och på PostgreSQL (TEST_DATABASE_URL).\n');
}
for (const n of notes) process.stdout.write(`OBS: ${n}\n`);

// One migrated PGlite template for all test files (see src/platform/testing/test-db.ts).
mkdirSync(join(root, '.tmp'), { recursive: true });
const template = join(root, '.tmp', 'pglite-template.tar');
await writePgliteTemplate(template);

const args = ['--import', 'tsx', '--test', '--test-concurrency=2', ...files.map((f) => relative(root, f))];
const result = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test', PGLITE_TEMPLATE: template },
});
for (const n of notes) process.stdout.write(`OBS: ${n}\n`);
process.exit(result.status ?? 1);
