/**
 * Summary of a V8 `.cpuprofile` (what `node --cpu-prof` writes): self time per function, named
 * by function name and file, the top ones first. Idle and garbage-collector time are kept as
 * their own rows, so the share of each function is of the whole time the process was sampled.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface SelfTime {
  readonly name: string;
  readonly micros: number;
  readonly share: number;
}

/** `file.js:line` of a frame, relative to the working directory; native code has no file. */
function where(frame: ProfileNode["callFrame"]): string {
  if (!frame.url) return "";
  const file = frame.url.replace(`file://${process.cwd()}/`, "").replace(/^node:/, "node:");
  return ` ${file}:${frame.lineNumber + 1}`;
}

/** Self time per function name + file, largest first. */
export function selfTimes(path: string): SelfTime[] {
  const profile = JSON.parse(readFileSync(path, "utf8")) as CpuProfile;
  const nameOf = new Map<number, string>();
  for (const node of profile.nodes) {
    const name = node.callFrame.functionName || "(anonymous)";
    nameOf.set(node.id, `${name}${where(node.callFrame)}`);
  }
  const totals = new Map<string, number>();
  let all = 0;
  for (const [index, id] of profile.samples.entries()) {
    const delta = profile.timeDeltas[index] ?? 0;
    const name = nameOf.get(id) ?? "(unknown)";
    totals.set(name, (totals.get(name) ?? 0) + delta);
    all += delta;
  }
  return [...totals]
    .map(([name, micros]) => ({ name, micros, share: micros / all }))
    .sort((a, b) => b.micros - a.micros);
}

/**
 * Prints the top `count` functions by self time, with their share of the sampled time. On a
 * machine whose cores the load generator shares, `writeLatin1String` (the socket write) also
 * holds the time the server was descheduled while the woken client ran: compare it across
 * servers, not with the parsing.
 */
export function printProfile(title: string, path: string, count = 15): void {
  const rows = selfTimes(path);
  const idle = rows.find((row) => row.name.startsWith("(idle)"))?.share ?? 0;
  console.log(`\n${title} (busy ${((1 - idle) * 100).toFixed(0)}% of the sampled time)`);
  for (const row of rows.slice(0, count)) {
    const share = `${(row.share * 100).toFixed(1)}%`.padStart(6);
    const busy = row.name.startsWith("(idle)")
      ? ""
      : ` (${((row.share / (1 - idle)) * 100).toFixed(1)}% of busy)`;
    console.log(`  ${share}${busy.padEnd(17)} ${row.name}`);
  }
}
