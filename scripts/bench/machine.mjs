// What the figures came from, for the README's table: the CPU, the busy-loop check, and how much
// of the machine other processes took while the bench ran (Linux's /proc; left out elsewhere).
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { RATES, round } from './common.mjs';

/** utime + stime + cutime + cstime of a process (clock ticks), and its parent; null when it is gone. */
function processTicks(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // After "pid (comm) ": state ppid … utime is field 14 of the whole line, the 12th here.
    return { ppid: Number(fields[1]), ticks: fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) };
  } catch {
    return null;
  }
}

/**
 * The CPU ticks of the machine (busy, all cores) and of this process with every process below it
 * (the servers, the browsers: what exited is counted in its parent's cutime/cstime).
 */
function ticks() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = values;
  const table = new Map();
  for (const name of readdirSync('/proc')) if (/^\d+$/.test(name)) table.set(Number(name), processTicks(name));
  const ours = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, entry] of table) {
      if (entry && !ours.has(pid) && ours.has(entry.ppid)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  const bench = [...ours].reduce((sum, pid) => sum + (table.get(pid)?.ticks ?? 0), 0);
  return { busy: user + nice + system + irq + softirq + steal, bench, at: performance.now() };
}

/** Starts watching the machine; `share()` then says what part of all cores other processes used since. */
export function watchMachine() {
  let first;
  try {
    first = ticks();
  } catch {
    return { share: () => null };
  }
  return {
    share() {
      const last = ticks();
      // /proc counts in USER_HZ, 100 a second on Linux.
      const available = ((last.at - first.at) / 1000) * 100 * cpus().length;
      return round((100 * (last.busy - first.busy - (last.bench - first.bench))) / available, 0);
    },
  };
}

/** The summary's first line. */
export function machineLine(machine) {
  const loop = RATES.map((rate) => `${machine.busyLoop[rate]} ms at CPU ×${rate}`).join(', ');
  const index = machine.lighthouseBenchmarkIndex ? `; Lighthouse benchmarkIndex ${machine.lighthouseBenchmarkIndex}` : '';
  const others = machine.othersCpuPercent === null ? '' : `; other processes took ${machine.othersCpuPercent} % of the CPUs during the run`;
  return `machine: busy loop ${loop} (a 120 ms loop as the longest-task measure reads it); ${machine.cpu} × ${machine.cores} cores; Chromium ${machine.chromium}${index}${others}`;
}
