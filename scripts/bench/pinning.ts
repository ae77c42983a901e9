/**
 * Cores for the loopback sections. On a machine of two or more cores (Linux, with `taskset`),
 * the load generator (this process, all its threads) keeps core 0 and every server runs on
 * core 1. Unpinned, the scheduler moves a server, its garbage collector's threads and the load
 * generator between the two cores, and which of them shares a core with which changes from
 * window to window: the same server's throughput then swung by a third between windows a few
 * seconds apart. Pinned, each server has a core to itself, so it is nearly always what limits
 * throughput (its CPU profile under load showed it idle about 10% of the time, against 22–27%
 * unpinned), and every server is measured on the same core alike.
 */
import { execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";

const serverCore = "1";
const loadGeneratorCore = "0";

function hasTaskset(): boolean {
  try {
    execFileSync("taskset", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Whether this run pins (BENCH_PIN=0 turns it off, to compare). */
export const pinned =
  process.platform === "linux" &&
  process.env["BENCH_PIN"] !== "0" &&
  availableParallelism() >= 2 &&
  hasTaskset();

/** Whether this process is pinned now (by an enclosing {@link withLoadGeneratorPinned}). */
let pinnedNow = false;

function ownCoresMask(): string {
  const shown = execFileSync("taskset", ["-p", String(process.pid)], { encoding: "utf8" });
  const mask = /([0-9a-f]+)\s*$/i.exec(shown)?.[1];
  if (mask === undefined) throw new Error(`taskset -p said ${JSON.stringify(shown)}`);
  return mask;
}

function setOwnCores(args: readonly string[]): void {
  execFileSync("taskset", ["-a", "-p", ...args, String(process.pid)], { stdio: "ignore" });
}

/**
 * Runs `work` with this process, every thread of it, on the load generator's core, and gives
 * it its cores back after, however `work` ends. A child inherits its parent's cores, so a
 * section that starts its servers without {@link serverCommand} (the scale section, Redis)
 * after a pinned one would otherwise put them on the load generator's core. The cores given
 * back are the mask read before pinning: once pinned, `availableParallelism()` counts one.
 */
export async function withLoadGeneratorPinned<T>(work: () => Promise<T>): Promise<T> {
  if (!pinned || pinnedNow) return await work();
  const ownMask = ownCoresMask();
  setOwnCores(["-c", loadGeneratorCore]);
  pinnedNow = true;
  try {
    return await work();
  } finally {
    setOwnCores([ownMask]);
    pinnedNow = false;
  }
}

/** The command and arguments that start `node args…` on the servers' core. */
export function serverCommand(args: readonly string[]): [string, string[]] {
  if (!pinned) return [process.execPath, [...args]];
  return ["taskset", ["-c", serverCore, process.execPath, ...args]];
}

/** One line for the section's heading: where the servers and the load generator ran. */
export function pinningNote(): string {
  return pinned
    ? `servers on core ${serverCore}, load generator on core ${loadGeneratorCore}`
    : "servers and load generator unpinned";
}
