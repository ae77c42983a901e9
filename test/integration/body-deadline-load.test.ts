/**
 * The body deadline under load, on loopback: 200 stalled or trickling connections held open
 * (each one replaced as soon as the receiver lets go of it) while autocannon delivers valid
 * referrals at concurrency 32 to the same receiver process. Every valid delivery must be
 * answered 2xx, every stalled connection must get 408 or be closed within the deadline (plus
 * slack), the receiver's memory must stay flat, and it must not crash. Bounded: the load runs
 * for a fixed time and every sender gives up on its own.
 */
import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeadlineStats } from "../support/deadline-receiver.js";
import { deadlineKey } from "../support/deadline-receiver.js";
import { type ProofProcess, startProofProcess } from "../support/proof-processes.js";
import {
  type SlowSenderResult,
  parseWireAnswer,
  sendSlowly,
  stalledPlans,
} from "../support/slow-sender.js";
import { encodeTalkableBody, firstTalkableExample, formContentType } from "../support/wire.js";

const bodyTimeoutMs = 2_000;
const stalledCount = 200;
const concurrency = 32;
const loadSeconds = 8;
// The machine is shared and slow: time bounds are generous, and only on the deadline.
const slackMs = 2_500;

let receiver: ProofProcess;
let base = "";

beforeAll(async () => {
  receiver = startProofProcess("deadline-receiver.ts", [String(bodyTimeoutMs)]);
  const [, port] = await receiver.line(/^port (\d+)$/);
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => receiver.kill());

async function stats(): Promise<DeadlineStats> {
  return (await (await fetch(`${base}/stats`)).json()) as DeadlineStats;
}

function deliver(seconds: number, connections: number): Promise<autocannon.Result> {
  const body = encodeTalkableBody(firstTalkableExample("referral_web_hook"), {
    key: deadlineKey,
  });
  return autocannon({
    url: `${base}/webhooks`,
    method: "POST",
    headers: { "content-type": formContentType },
    body,
    connections,
    duration: seconds,
  });
}

/** Keeps `count` stalled connections open until `stop` resolves; returns what each one saw. */
async function holdStalled(count: number, stop: Promise<void>): Promise<SlowSenderResult[]> {
  const plans = Object.values(stalledPlans(`${base}/webhooks`, formContentType, bodyTimeoutMs));
  const results: SlowSenderResult[] = [];
  let stopped = false;
  void stop.then(() => (stopped = true));
  const slot = async (index: number) => {
    for (let round = 0; !stopped; round += 1) {
      const plan = plans[(index + round) % plans.length];
      if (plan) results.push(await sendSlowly(base, plan));
    }
  };
  await Promise.all(Array.from({ length: count }, (_unused, index) => slot(index)));
  return results;
}

describe("200 stalled senders beside 32 valid ones", () => {
  it("answers every valid delivery 2xx, stops every stalled one at its deadline, stays flat", async () => {
    // Warm-up, then the baseline: memory after a full collection, with the code paths hot.
    const warm = await deliver(2, concurrency);
    expect(warm.non2xx).toBe(0);
    const before = await stats();

    let endLoad: () => void = () => undefined;
    const loadEnded = new Promise<void>((resolve) => (endLoad = resolve));
    const stalled = holdStalled(stalledCount, loadEnded);
    const load = await deliver(loadSeconds, concurrency);
    endLoad();
    const seen = await stalled;
    const after = await stats();

    const p99 = load.latency.p99;
    console.log(
      `valid deliveries: ${load["2xx"]} answered 2xx at ${load.requests.average.toFixed(0)}/s, ` +
        `latency p50 ${load.latency.p50} ms, p99 ${p99} ms; stalled connections: ${seen.length}; ` +
        `heapUsed ${(before.heapUsed / 2 ** 20).toFixed(1)} → ${(after.heapUsed / 2 ** 20).toFixed(1)} MiB, ` +
        `rss ${(before.rss / 2 ** 20).toFixed(1)} → ${(after.rss / 2 ** 20).toFixed(1)} MiB`,
    );

    // Every valid delivery was answered 2xx, none failed or timed out, and each ran its handler.
    expect(load["2xx"]).toBeGreaterThan(0);
    expect(load.non2xx).toBe(0);
    expect(load.errors).toBe(0);
    expect(load.timeouts).toBe(0);
    expect(after.handled - before.handled).toBeGreaterThanOrEqual(load["2xx"]);
    // Their normal time: far inside the deadline the stalled senders meet.
    expect(p99).toBeLessThan(bodyTimeoutMs);

    // Every stalled connection got its 408 (or was closed) at the deadline, never before it.
    expect(seen.length).toBeGreaterThanOrEqual(stalledCount);
    const late = seen.filter((one) => {
      const endedMs = one.answeredMs ?? one.closedMs;
      return endedMs === undefined || endedMs > bodyTimeoutMs + slackMs;
    });
    expect(late).toEqual([]);
    const answers = seen.map((one) => parseWireAnswer(one.raw));
    expect(answers.filter((answer) => answer !== undefined && answer.status !== 408)).toEqual([]);
    expect(seen.filter((one) => (one.answeredMs ?? Infinity) < bodyTimeoutMs - 5)).toEqual([]);
    const timedOut = answers.filter((answer) => answer?.status === 408).length;
    expect(after.errors["body_timeout"] ?? 0).toBeGreaterThanOrEqual(timedOut);
    expect(Object.keys(after.errors)).toEqual(["body_timeout"]);

    // Flat memory: what grew over some thousand deliveries and hundreds of timeouts is bounded.
    expect(after.heapUsed - before.heapUsed).toBeLessThan(16 * 2 ** 20);
    expect(after.rss - before.rss).toBeLessThan(96 * 2 ** 20);
    // And the receiver never crashed.
    expect(receiver.child.exitCode).toBeNull();
    expect((await fetch(`${base}/stats`)).status).toBe(200);
  }, 60_000);
});
