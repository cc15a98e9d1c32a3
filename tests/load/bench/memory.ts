import { readFileSync } from 'node:fs';

/** Resident set size of one process in kB (VmRSS), or NaN when it is gone. */
export function rssKilobytes(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : NaN;
  } catch {
    return NaN;
  }
}

/** RSS of each named process now. */
export function rssOf(processes: Array<{ name: string; pid: number | undefined }>): Record<string, number> {
  return Object.fromEntries(processes.map(({ name, pid }) => [name, rssKilobytes(pid)]));
}
