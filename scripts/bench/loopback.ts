/**
 * Deliveries per second over loopback, side by side in one run: this SDK's Node adapter, its
 * Fastify plugin on Fastify 5 (the same receiver, against the Node adapter), a bare `node:http`
 * server (URLSearchParams + JSON.parse, no validation) and its twin (the same server in processes
 * of its own: the bench's own spread between identical code), @octokit/webhooks' Node middleware
 * (HMAC-SHA256 + JSON of the same payload), a floor server that only reads the body and answers
 * (the per-delivery cost of HTTP itself), the same floor on Fastify (what Fastify adds), and
 * Emma's receiver against octokit on the very same JSON bytes. Each server runs in processes of
 * its own (three, used in turn), on a core of its own where the machine has two (see
 * pinning.ts). After a warm-up, autocannon (50 connections) loads them in turn, round after
 * round; each figure is the median of its rounds, and each ratio the median of the two servers'
 * ratios within a round: on a noisy 2-core machine a single window can swing by a third, and
 * the whole machine speeds up and slows down by half over minutes.
 */
import { type ChildProcess, spawn } from "node:child_process";
import autocannon from "autocannon";
import { type Target, targets } from "./loopback-loads.js";
import type { ServerKind } from "./loopback-server.js";
import { type LoopbackRun, type Window, loopbackRun } from "./loopback-figures.js";
import { serverCommand, withLoadGeneratorPinned } from "./pinning.js";
import { processCpuMicros } from "./process-cpu.js";

const durationSeconds = Number(process.env["BENCH_SECONDS"] ?? 3);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 7);
/**
 * Processes per server, used in turn round after round. Two processes of one server, started
 * alike, settle at speeds up to 8% apart for their whole life (what V8 optimised, and how, and
 * where their heaps lie), so a figure from one process carries that luck into every round; as
 * JMH runs a benchmark in several forked JVMs, each server here runs in several processes.
 */
const forks = Number(process.env["BENCH_FORKS"] ?? 3);
/** Warm-up per process: long enough for V8 to optimise the delivery path. */
const warmUpSeconds = 1;
/** A comma-separated subset of target ids (BENCH_TARGETS=sdk,bare,floor), for quick runs. */
const only = process.env["BENCH_TARGETS"]?.split(",");

export function start(
  server: ServerKind,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; port: number }> {
  const [command, args] = serverCommand([
    "--import",
    "tsx",
    "scripts/bench/loopback-server.ts",
    server,
  ]);
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once("data", (data: Buffer) =>
      resolve({ child, port: Number(String(data).trim()) }),
    );
    child.once("error", reject);
  });
}

export async function load(
  target: Target,
  server: { child: ChildProcess; port: number },
  duration = durationSeconds,
): Promise<Window> {
  const port = server.port;
  const cpuBefore = processCpuMicros(server.child.pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${target.path}`,
    method: "POST",
    headers: target.headers,
    body: target.body,
    connections: 50,
    duration,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${target.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  const cpuAfter = processCpuMicros(server.child.pid);
  const cpu =
    cpuBefore === undefined || cpuAfter === undefined
      ? Number.NaN
      : (cpuAfter - cpuBefore) / result.requests.total;
  return { rate: result.requests.average, cpu };
}

/**
 * Loads every target in rounds, each round in the opposite order of the one before (so a
 * target is not always measured just after the same other) and on the next of its server's
 * processes, and returns the medians and round-by-round ratios.
 */
export function loopbackThroughput(): Promise<LoopbackRun> {
  return withLoadGeneratorPinned(measureLoopback);
}

async function measureLoopback(): Promise<LoopbackRun> {
  const all = targets().filter((target) => !only || only.includes(target.id));
  const kinds = [...new Set(all.map((target) => target.server))];
  const started = await Promise.all(
    kinds.map((kind) => Promise.all(Array.from({ length: forks }, () => start(kind)))),
  );
  const serverOf = (target: Target, round: number) => {
    const server = started[kinds.indexOf(target.server)]?.[round % forks];
    if (!server) throw new Error(`no server for ${target.id}`);
    return server;
  };
  const windows = all.map((): Window[] => []);
  try {
    for (let fork = 0; fork < forks; fork += 1) {
      for (const target of all) await load(target, serverOf(target, fork), warmUpSeconds);
    }
    for (let round = 0; round < rounds; round += 1) {
      const order = [...all.keys()];
      if (round % 2 === 1) order.reverse();
      for (const index of order) {
        const target = all[index];
        if (target) windows[index]?.push(await load(target, serverOf(target, round)));
      }
    }
  } finally {
    for (const server of started.flat()) server.child.kill();
  }
  const method = `median of ${rounds} alternating ${durationSeconds} s windows, ${forks} processes per server in turn`;
  return loopbackRun(all, windows, method);
}
