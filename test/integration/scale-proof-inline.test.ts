/**
 * Proof under load and faults, inline: 2,000 deliveries, 50 at a time, from a retrying sender
 * with short timeouts, to two receiver processes (real `node:http` servers) sharing the Redis
 * idempotency store; each attempt goes to a random one of them. Handlers throw, or hang until
 * the deadline (or the sender's hang-up) aborts their signal. Every delivery must end handled
 * to success exactly once: its side effect (`INCR done:<id>`) is 1, never 0 and never 2.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
import {
  faultPlan,
  proofBody,
  proofHandlerTimeoutMs,
  proofKey,
} from "../support/proof-handlers.js";
import { type ProofProcess, startProofProcess } from "../support/proof-processes.js";
import { sendAll } from "../support/proof-sender.js";
import { startRedis, type TestRedis } from "../support/redis.js";

const deliveries = 2_000;
let server: TestRedis;
let redis: Redis;
const receivers: ProofProcess[] = [];

beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url);
});

afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.kill()));
  await redis?.quit();
  await server?.stop();
});

/** The delivery id of each body, as the receivers compute it (same key, same bytes). */
async function idsOf(bodies: readonly string[]): Promise<string[]> {
  const local = createTalkableWebhooks({ key: proofKey });
  return Promise.all(bodies.map(async (body) => (await local.verifyAndParse(body)).id));
}

describe("two receiver processes with the Redis idempotency store, under load and faults", () => {
  it("handle every delivery to success exactly once: 0 lost, 0 duplicates", async () => {
    const bodies = Array.from({ length: deliveries }, (_, index) => proofBody(index));
    const ids = await idsOf(bodies);
    expect(new Set(ids).size).toBe(deliveries);

    receivers.push(startProofProcess("proof-receiver.ts", [server.url, "inline"]));
    receivers.push(startProofProcess("proof-receiver.ts", [server.url, "inline"]));
    const ports = await Promise.all(receivers.map(async (r) => (await r.line(/^port (\d+)$/))[1]));

    const report = await sendAll(bodies, {
      urls: ports.map((port) => `http://127.0.0.1:${port ?? ""}/`),
      concurrency: 50,
      // Every other block of ten deliveries waits less than the receivers' deadline, the rest
      // more: a hang meets either the sender's hang-up (a retry may find the claim still held:
      // 409) or the deadline (503), on a quiet machine as on a loaded one.
      timeoutMs: (index) => (Math.floor(index / 10) % 2 === 0 ? 250 : 1_500),
      maxAttempts: 20,
    });
    console.log(
      `inline proof: ${deliveries} deliveries, ${report.attempts} attempts in ` +
        `${(report.millis / 1000).toFixed(1)} s; answers ${JSON.stringify(report.answers)}`,
    );
    expect(report.undelivered).toEqual([]);

    const done = await redis.mget(ids.map((id) => `done:${id}`));
    const lost = done.filter((value) => value === null).length;
    const duplicates = done.filter((value) => value !== null && Number(value) > 1).length;
    expect({ lost, duplicates }).toEqual({ lost: 0, duplicates: 0 });
    expect(done).toEqual(ids.map(() => "1"));

    // The faults happened: every planned failure ran (a run per fault, then the successful one).
    const runs = await redis.mget(ids.map((id) => `attempts:${id}`));
    const short = ids.filter((_id, index) => Number(runs[index]) < faultPlan(index).length + 1);
    expect(short).toEqual([]);
    expect(report.answers["500"]).toBeGreaterThan(0); // a handler threw: handler_failed
    expect(report.answers["503"]).toBeGreaterThan(0); // a handler hung: handler_timeout
    expect(report.answers["timeout"]).toBeGreaterThan(0); // the sender hung up
    expect(proofHandlerTimeoutMs).toBeLessThan(1_500);
  }, 90_000);
});
