/**
 * What the loopback section reports: each target's medians over its windows, printed with their
 * range, and ratios between two targets taken round by round.
 */
import type { Target, TargetId } from "./loopback.js";
import { median, medianRatio } from "./measure.js";
import { pinningNote } from "./pinning.js";

/** One window of load on one target. */
export interface Window {
  /** Requests per second. */
  readonly rate: number;
  /** CPU time the server process spent per answered request, in µs (NaN where unknown). */
  readonly cpu: number;
}

/** One target's medians over its windows: requests per second and server CPU µs per request. */
export interface LoopbackFigure {
  readonly rate: number;
  readonly cpu: number;
}

/**
 * What one loopback run measured: each target's medians, and ratios between two targets taken
 * round by round.
 */
export interface LoopbackRun {
  /** Only the targets that ran: `BENCH_TARGETS` may leave some out. */
  readonly figures: Partial<Record<TargetId, LoopbackFigure>>;
  /** `of`'s rate over `against`'s, round by round (see {@link medianRatio}). */
  ratio(this: void, of: TargetId, against: TargetId): number;
  /** The same for server CPU per delivery: `against`'s over `of`'s (higher is cheaper). */
  cpuRatio(this: void, of: TargetId, against: TargetId): number;
}

/**
 * Prints the run's table and gives its figures; `windows[i]` holds `all[i]`'s, in rounds;
 * `method` says how they were taken.
 */
export function loopbackRun(
  all: readonly Target[],
  windows: readonly (readonly Window[])[],
  method: string,
): LoopbackRun {
  const figures = windows.map((seen) => ({
    rate: median(seen.map((window) => window.rate)),
    cpu: median(seen.map((window) => window.cpu)),
  }));
  printRates(all, windows, figures, method);
  const windowsOf = (id: TargetId) => windows[all.findIndex((target) => target.id === id)] ?? [];
  const rates = (id: TargetId) => windowsOf(id).map((window) => window.rate);
  const cpus = (id: TargetId) => windowsOf(id).map((window) => window.cpu);
  return {
    figures: Object.fromEntries(
      all.map((target, index) => [target.id, figures[index] ?? { rate: 0, cpu: Number.NaN }]),
    ),
    ratio: (of, against) => medianRatio(rates(of), rates(against)),
    cpuRatio: (of, against) => medianRatio(cpus(against), cpus(of)),
  };
}

function printRates(
  all: readonly Target[],
  windows: readonly (readonly Window[])[],
  figures: readonly LoopbackFigure[],
  method: string,
): void {
  console.log(
    `\nLoopback, 50 connections, ${method} (${pinningNote()}): req/s (range), server CPU µs per delivery`,
  );
  for (const [index, target] of all.entries()) {
    const rates = (windows[index] ?? []).map((window) => window.rate);
    const { rate = 0, cpu = Number.NaN } = figures[index] ?? {};
    const spread = `(${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)})`;
    console.log(
      `  ${target.name.padEnd(58)} ${rate.toFixed(0).padStart(7)} req/s ${spread.padEnd(13)} ${cpu.toFixed(1).padStart(6)} µs CPU`,
    );
  }
}
