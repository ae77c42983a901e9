/**
 * CPU time a server process used, read from Linux's /proc: on a machine whose cores are
 * shared (with the load generator, with other work), requests per second swing with whatever
 * else runs, while the CPU time a server spends per delivery is its own.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

function clockTicksPerSecond(): number {
  const answer = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  const ticks = Number(answer.stdout?.trim());
  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
}

const ticksPerSecond = clockTicksPerSecond();

/** User + system CPU time of a process so far, in microseconds; undefined where /proc is not. */
export function processCpuMicros(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may hold spaces: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1e6) / ticksPerSecond : undefined;
  } catch {
    return undefined;
  }
}
