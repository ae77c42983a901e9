/**
 * What the loopback section reports: each target's medians over its windows, printed with their
 * range, and ratios between two targets taken round by round.
 */
import type { Target, TargetId } from "./loopback-loads.js";
import { median, medianOverRounds, medianRatio } from "./measure.js";
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
  /** Server CPU per delivery of each round, in µs (see {@link frameworkCost}). */
  cpus(this: void, id: TargetId): readonly number[];
}

/** What a framework adds to a delivery, from one run's rounds (see {@link frameworkCost}). */
export interface FrameworkCost {
  /** The framework's floor above the node:http floor: its own CPU µs per delivery. */
  readonly own: number;
  /** Its adapter with the receiver above the Node adapter with the same receiver, in µs. */
  readonly adapter: number;
  /** The ratio (by CPU) an adapter costing nothing beyond the framework's floor would reach. */
  readonly ceiling: number;
}

/**
 * Each a median over rounds of figures taken within one round. `own` is what the framework
 * itself costs (its floor minus the node:http floor); `adapter` what its adapter costs above the
 * Node adapter; the ceiling is `node / (node + own)` of the receiver's CPU per delivery.
 */
export function frameworkCost(
  cpus: LoopbackRun["cpus"],
  ids: { framework: TargetId; node: TargetId; frameworkFloor: TargetId; floor: TargetId },
): FrameworkCost {
  const framework = cpus(ids.framework);
  const node = cpus(ids.node);
  const frameworkFloor = cpus(ids.frameworkFloor);
  const floor = cpus(ids.floor);
  const own = (round: number) => (frameworkFloor[round] ?? NaN) - (floor[round] ?? NaN);
  const each = (value: (round: number) => number) =>
    medianOverRounds([framework, node, frameworkFloor, floor], value);
  return {
    own: each(own),
    adapter: each((round) => (framework[round] ?? NaN) - (node[round] ?? NaN)),
    ceiling: each((round) => (node[round] ?? NaN) / ((node[round] ?? NaN) + own(round))),
  };
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
    cpus,
  };
}

/** The four loopback targets {@link frameworkCost} takes for the Fastify plugin. */
export const fastifyTargets = {
  framework: "fastify",
  node: "sdk",
  frameworkFloor: "fastifyFloor",
  floor: "floor",
} as const;

/**
 * Splits the Fastify plugin's cost above `toNodeMiddleware` into what Fastify itself adds to
 * a delivery (its floor against node:http's) and the rest, and gives the ratio a plugin that
 * added nothing to Fastify's own cost would reach: the bound on the plugin's target.
 */
export function printFastifyCost(cpus: LoopbackRun["cpus"]): void {
  const { own, adapter, ceiling } = frameworkCost(cpus, fastifyTargets);
  console.log(
    `  info server CPU per delivery, round by round: Fastify's own floor adds ${own.toFixed(1)} µs to node:http's; the plugin adds ${adapter.toFixed(1)} µs to toNodeMiddleware, ${(adapter - own).toFixed(1)} µs beyond Fastify's own (the difference of the two); a plugin adding nothing to Fastify's own would reach ${ceiling.toFixed(2)}× by CPU`,
  );
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
