/**
 * The loopback section of npm run bench: runs the servers, prints their figures and checks its
 * targets, each the round-by-round ratio of two servers of one run.
 */
import type { TargetId } from "./loopback-loads.js";
import { loopbackThroughput } from "./loopback.js";
import { fastifyTargets, printFastifyCost } from "./loopback-figures.js";
import { verdict } from "./measure.js";

/** The loopback targets: each the round-by-round ratio of two servers of the same run. */
const loopbackTargets: readonly {
  label: string;
  of: TargetId;
  against: TargetId;
  limit: number;
}[] = [
  { label: "SDK / bare node:http", of: "sdk", against: "bare", limit: 1.0 },
  { label: "Fastify plugin / toNodeMiddleware", of: "fastify", against: "sdk", limit: 0.95 },
  {
    label: "Emma / @octokit/webhooks, same JSON bytes",
    of: "emma",
    against: "octokitEmma",
    limit: 1.1,
  },
];

/** Runs the loopback servers, prints their figures and checks the targets between them. */
export async function benchLoopback(): Promise<boolean> {
  const { figures, ratio, cpuRatio, cpus } = await loopbackThroughput();
  // A subset (BENCH_TARGETS) checks only the pairs whose two servers it ran.
  const ran = loopbackTargets.filter(({ of, against }) => figures[of] && figures[against]);
  const medians = ran.map(({ of, against }) => {
    const ours = figures[of]?.rate ?? Number.NaN;
    return `${of} ${(ours / (figures[against]?.rate ?? Number.NaN)).toFixed(2)}× ${against}`;
  });
  const byCpu = ran.map(
    ({ of, against }) => `${of} ${cpuRatio(of, against).toFixed(2)}× ${against}`,
  );
  if (figures.sdk && figures.octokit) {
    console.log(
      `  info SDK / @octokit/webhooks on its own JSON of the payload: ${ratio("sdk", "octokit").toFixed(2)}×`,
    );
  }
  if (ran.length > 0) {
    console.log(`  info ratios of the medians above: ${medians.join(", ")}`);
    console.log(
      `  info by server CPU per delivery, round by round (higher is cheaper): ${byCpu.join(", ")}`,
    );
  }
  if (figures.bare && figures.bareTwin) {
    // An A/A pair: identical code, so any distance from 1 is the method's, not a server's.
    const byRate = ratio("bareTwin", "bare").toFixed(3);
    const byCpu = cpuRatio("bareTwin", "bare").toFixed(3);
    console.log(
      `  info the bench's own spread: the same bare server, in processes of its own, ${byRate}× the first by rate, ${byCpu}× by CPU, round by round`,
    );
  }
  if (Object.values(fastifyTargets).every((id) => figures[id])) printFastifyCost(cpus);
  const skipped = loopbackTargets.length - ran.length;
  if (skipped > 0)
    console.log(`  info ${skipped} target(s) not checked: BENCH_TARGETS left out a server`);
  // Each target is the median over rounds of the two servers' ratio in the same round.
  return ran
    .map(({ label, of, against, limit }) =>
      verdict(`${label}, round by round`, ratio(of, against), limit, "×", false),
    )
    .every(Boolean);
}
