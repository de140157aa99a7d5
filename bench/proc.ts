import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** What Linux says about the machine and a process: resident memory and CPU time, from /proc. */

/** Resident memory of a process, in MB, from /proc (Linux). `field`: VmRSS now, VmHWM the peak so far. */
export function residentMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/** Samples VmRSS every `everyMs` until stopped; returns the peak seen. */
export function sampleMemory(pid: number, everyMs = 100): { stop: () => { peakMb: number | null; samples: number } } {
  let peak: number | null = null;
  let samples = 0;
  const tick = () => {
    const mb = residentMb(pid);
    if (mb !== null) {
      samples++;
      peak = peak === null ? mb : Math.max(peak, mb);
    }
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return {
    stop: () => {
      tick();
      clearInterval(timer);
      return { peakMb: peak, samples };
    },
  };
}

let ticksPerSecond: number | null = null;

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (Linux). */
export function cpuMs(pid: number): number | null {
  try {
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

/** The machine the figures belong to, and the code they were measured on. */
export function machine(repoRoot: string) {
  const cpus = os.cpus();
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).trim() !== '';
    if (dirty) commit += ' (med ändringar)';
  } catch {
    // not a git checkout
  }
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'okänd',
    totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    commit,
  };
}
