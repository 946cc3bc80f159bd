import fs from 'node:fs';

/** Clock ticks per second of /proc's utime and stime: 100 on Linux (USER_HZ), whatever the kernel's own HZ. */
const TICKS_PER_SECOND = 100;

/**
 * CPU milliseconds (user + system) the processes have used since they started, from /proc/<pid>/stat (fields 14
 * and 15 counted from 1; the command name in parentheses may hold spaces, so fields are counted after its end).
 * A process that is gone counts 0.
 */
export function cpuMs(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
