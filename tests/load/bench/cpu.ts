import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of process trees from /proc/<pid>/stat: utime + stime of every live process in the
 * trees, plus cutime + cstime (children that exited and were reaped, e.g. PostgreSQL backends).
 * A dead child's time sits in exactly one live ancestor's cutime, so nothing is counted twice.
 */
let ticksPerSecond: number | null = null;

function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
}

/** Fields after the command name (which may hold spaces and parentheses): state is field 3. */
function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] = state (3), [1] = ppid (4), [11..14] = utime, stime, cutime, cstime (14..17).
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
    return { pid, ppid: Number(fields[1]), ticks: utime + stime + cutime + cstime };
  } catch {
    return null; // gone meanwhile
  }
}

/** Every live pid in the trees rooted at `roots` (roots included). */
export function processTrees(roots: number[]): ProcStat[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcStat => stat !== null);
  const children = new Map<number, ProcStat[]>();
  for (const stat of all) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const found = new Map<number, ProcStat>();
  const visit = (stat: ProcStat) => {
    if (found.has(stat.pid)) return;
    found.set(stat.pid, stat);
    for (const child of children.get(stat.pid) ?? []) visit(child);
  };
  for (const root of roots) {
    const stat = all.find((candidate) => candidate.pid === root);
    if (stat) visit(stat);
  }
  return [...found.values()];
}

/** Milliseconds of CPU the trees have used so far; subtract two readings for a stage. */
export function cpuMillis(roots: number[]): number {
  const ticks = processTrees(roots).reduce((sum, stat) => sum + stat.ticks, 0);
  return (ticks * 1000) / clockTicks();
}

/** Starts a CPU reading; `stop()` gives the milliseconds used since. */
export function cpuMeter(roots: () => number[]): { stop(): number } {
  const before = cpuMillis(roots());
  return { stop: () => cpuMillis(roots()) - before };
}
