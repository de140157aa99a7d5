import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { nextRunAt } from '../jobs/daily.js';
import {
  backupFileName,
  backupsToKeep,
  isBackupFileName,
  listBackups,
  pruneBackups,
  writeBackupFile,
  type BackupFile,
} from './backup.files.js';
import { BACKUP_SCHEDULE } from './backup.jobs.js';

/** The nightly runs from the first one after `from` up to `to`, as the job schedules them. */
function nightlyRuns(from: string, to: string): Date[] {
  const runs: Date[] = [];
  for (let at = nextRunAt(new Date(from), BACKUP_SCHEDULE); at <= new Date(to); at = nextRunAt(at, BACKUP_SCHEDULE)) {
    runs.push(at);
  }
  return runs;
}

const fileAt = (at: Date): BackupFile => {
  const name = backupFileName(at);
  return { name, day: name.slice(4, 14), taken: '', bytes: 1, modifiedAt: at };
};

const days = (names: Iterable<string>) => [...names].map((n) => n.slice(4, 19)).sort();

describe('backup file names', () => {
  test('are in Swedish time, winter and summer, across midnight and the new year', () => {
    assert.equal(backupFileName(new Date('2026-11-24T01:00:00Z')), 'asf-2026-11-24-020000.sql.gz');
    assert.equal(backupFileName(new Date('2026-07-01T00:00:00Z')), 'asf-2026-07-01-020000.sql.gz');
    assert.equal(backupFileName(new Date('2026-12-31T23:30:00Z')), 'asf-2027-01-01-003000.sql.gz');
    assert.equal(backupFileName(new Date('2026-06-30T22:05:00Z')), 'asf-2026-07-01-000500.sql.gz');
  });

  test('one nightly name a day when the clocks change, on the right day', () => {
    const spring = nightlyRuns('2026-03-26T12:00:00Z', '2026-04-01T12:00:00Z').map(backupFileName);
    // 02:00 does not exist on 29 March (the clocks go from 02:00 to 03:00).
    assert.deepEqual(spring, [
      'asf-2026-03-27-020000.sql.gz',
      'asf-2026-03-28-020000.sql.gz',
      'asf-2026-03-29-030000.sql.gz',
      'asf-2026-03-30-020000.sql.gz',
      'asf-2026-03-31-020000.sql.gz',
      'asf-2026-04-01-020000.sql.gz',
    ]);
    const autumn = nightlyRuns('2026-10-23T12:00:00Z', '2026-10-27T12:00:00Z').map(backupFileName);
    assert.deepEqual(autumn, [
      'asf-2026-10-24-020000.sql.gz',
      'asf-2026-10-25-020000.sql.gz',
      'asf-2026-10-26-020000.sql.gz',
      'asf-2026-10-27-020000.sql.gz',
    ]);
  });

  test('only backup names are taken for backups (the download route relies on it)', () => {
    assert.ok(isBackupFileName('asf-2026-11-24-0200.sql.gz'));
    for (const name of [
      'asf-2026-11-24-0200.sql',
      'asf-sakerhetskopia-2026-11-24-0200.sql.gz',
      '.asf-2026-11-24-0200.sql.gz.0a1b2c3d.tmp',
      '../asf-2026-11-24-0200.sql.gz',
      'asf-2026-11-24-0200.sql.gz/../../etc/passwd',
      'asf-2026-1-24-0200.sql.gz',
    ]) {
      assert.equal(isBackupFileName(name), false, name);
    }
  });
});

describe('which backups are kept', () => {
  test('the newest of the last 7 days and of the last 4 weeks (Monday to Sunday)', () => {
    // Every night from 1 October to Tuesday 24 November, across the change to winter time.
    const files = nightlyRuns('2026-09-30T12:00:00Z', '2026-11-24T12:00:00Z').map(fileAt);
    assert.equal(files.length, 55);
    assert.deepEqual(days(backupsToKeep(files, 7, 4)), [
      '2026-11-08-0200', // Sunday: newest of the week 2–8 November
      '2026-11-15-0200', // Sunday: newest of the week 9–15 November
      '2026-11-18-0200',
      '2026-11-19-0200',
      '2026-11-20-0200',
      '2026-11-21-0200',
      '2026-11-22-0200', // also the newest of the week 16–22 November
      '2026-11-23-0200',
      '2026-11-24-0200', // also the newest of this week
    ]);
    assert.deepEqual(days(backupsToKeep(files, 1, 0)), ['2026-11-24-0200']);
    assert.deepEqual(days(backupsToKeep(files, 2, 3)), [
      '2026-11-15-0200',
      '2026-11-22-0200',
      '2026-11-23-0200',
      '2026-11-24-0200',
    ]);
  });

  test('across the change to summer time: seven days are seven files', () => {
    const files = nightlyRuns('2026-03-24T12:00:00Z', '2026-04-02T12:00:00Z').map(fileAt);
    assert.equal(files.length, 9);
    assert.deepEqual(days(backupsToKeep(files, 7, 0)), [
      '2026-03-27-0200',
      '2026-03-28-0200',
      '2026-03-29-0300',
      '2026-03-30-0200',
      '2026-03-31-0200',
      '2026-04-01-0200',
      '2026-04-02-0200',
    ]);
  });

  test('of several backups in a day only the newest counts as that day’s', () => {
    const files = [
      ...nightlyRuns('2026-11-20T12:00:00Z', '2026-11-24T12:00:00Z'),
      new Date('2026-11-23T13:15:00Z'), // an admin's "now" at 14:15
      new Date('2026-11-23T15:40:00Z'),
    ].map(fileAt);
    assert.deepEqual(days(backupsToKeep(files, 7, 0)), [
      '2026-11-21-0200',
      '2026-11-22-0200',
      '2026-11-23-1640',
      '2026-11-24-0200',
    ]);
  });

  test('days without a backup (the server was off) do not count: the last 7 backup days are kept', () => {
    const files = [
      ...nightlyRuns('2026-10-01T12:00:00Z', '2026-10-10T12:00:00Z'),
      ...nightlyRuns('2026-11-20T12:00:00Z', '2026-11-24T12:00:00Z'),
    ].map(fileAt);
    assert.deepEqual(days(backupsToKeep(files, 7, 2)), [
      '2026-10-08-0200',
      '2026-10-09-0200',
      '2026-10-10-0200',
      '2026-11-21-0200',
      '2026-11-22-0200', // the newest of the week 16–22 November
      '2026-11-23-0200',
      '2026-11-24-0200', // the newest of this week
    ]);
  });
});

describe('backups taken by hand', () => {
  test('every backup of the last 24 hours is kept: one taken after a mistake never replaces the night’s', () => {
    const night = fileAt(new Date('2026-11-24T01:00:00Z'));
    const morning = fileAt(new Date('2026-11-24T08:00:00Z'));
    const sameMinute = fileAt(new Date('2026-11-24T08:00:40Z'));
    const yesterday = fileAt(new Date('2026-11-23T01:00:00Z'));
    assert.notEqual(morning.name, sameMinute.name, 'two taken in one minute are two files');
    const kept = backupsToKeep([night, morning, sameMinute, yesterday], 7, 4, new Date('2026-11-24T09:00:00Z'));
    assert.deepEqual([...kept].sort(), [yesterday.name, night.name, morning.name, sameMinute.name].sort());
    // Without a clock (or a day later) only the newest of the day stays.
    const later = backupsToKeep([night, morning, sameMinute], 7, 4, new Date('2026-11-26T09:00:00Z'));
    assert.deepEqual([...later], [sameMinute.name]);
  });
});

describe('the backup folder', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'asf-backup-files-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a missing folder has no backups and nothing to prune', async () => {
    assert.deepEqual(await listBackups(join(dir, 'finns-inte')), []);
    assert.deepEqual(await pruneBackups(join(dir, 'finns-inte'), 7, 4, new Date()), []);
  });

  test('a backup is written whole, readable by its owner only, with no temporary file left', async () => {
    const folder = join(dir, 'ny', 'mapp');
    const path = await writeBackupFile(folder, 'asf-2026-11-24-0200.sql.gz', new Uint8Array([1, 2, 3]));
    assert.equal(path, join(folder, 'asf-2026-11-24-0200.sql.gz'));
    assert.deepEqual([...(await readFile(path))], [1, 2, 3]);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    // Written again under the same name (a second backup the same minute): replaced whole.
    await writeBackupFile(folder, 'asf-2026-11-24-0200.sql.gz', new Uint8Array([4, 5]));
    assert.deepEqual([...(await readFile(path))], [4, 5]);
    assert.deepEqual(readdirSync(folder), ['asf-2026-11-24-0200.sql.gz']);
  });

  test('lists backups newest first with size and time; prune removes only the backups not kept and stale temporary files', async () => {
    const folder = join(dir, 'gallring');
    const now = new Date('2026-11-24T01:00:30Z');
    const runs = nightlyRuns('2026-09-30T12:00:00Z', now.toISOString());
    for (const at of runs) await writeBackupFile(folder, backupFileName(at), new Uint8Array(100));
    const others = [
      'anteckningar.txt',
      'asf-sakerhetskopia-2026-10-01-1200.sql.gz', // asf backup's own name: the admin put it here
      'asf-2026-10-01-0200.sql', // not compressed: not one of ours
    ];
    for (const name of others) writeFileSync(join(folder, name), 'x');
    const stale = '.asf-2026-10-30-0200.sql.gz.0a1b2c3d.tmp';
    const fresh = '.asf-2026-11-24-0200.sql.gz.4e5f6a7b.tmp';
    writeFileSync(join(folder, stale), 'half');
    writeFileSync(join(folder, fresh), 'being written');
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
    utimesSync(join(folder, stale), hoursAgo(2), hoursAgo(2));
    utimesSync(join(folder, fresh), hoursAgo(0.5), hoursAgo(0.5));

    const listed = await listBackups(folder);
    assert.equal(listed.length, runs.length);
    assert.equal(listed[0]!.name, 'asf-2026-11-24-020000.sql.gz');
    assert.equal(listed[0]!.day, '2026-11-24');
    assert.equal(listed[0]!.taken, '2026-11-24 02:00');
    assert.equal(listed[0]!.bytes, 100);
    assert.ok(listed[0]!.modifiedAt instanceof Date);
    assert.equal(listed.at(-1)!.name, 'asf-2026-10-01-020000.sql.gz');

    const removed = await pruneBackups(folder, 7, 4, now);
    assert.equal(removed.length, runs.length - 9);
    assert.ok(removed.every(isBackupFileName));
    assert.deepEqual(
      readdirSync(folder).sort(),
      [
        fresh,
        ...others,
        ...[
          '2026-11-08',
          '2026-11-15',
          '2026-11-18',
          '2026-11-19',
          '2026-11-20',
          '2026-11-21',
          '2026-11-22',
          '2026-11-23',
          '2026-11-24',
        ].map((d) => `asf-${d}-020000.sql.gz`),
      ].sort(),
    );
    // Pruning again removes nothing more.
    assert.deepEqual(await pruneBackups(folder, 7, 4, now), []);
  });
});
