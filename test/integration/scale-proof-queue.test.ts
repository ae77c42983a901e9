/**
 * Proof under load and faults, through the queue: 2,000 deliveries, 50 at a time, from a
 * retrying sender with a short timeout, to a receiver process that hands each one to BullMQ
 * (202 once queued; the job id is the delivery id, so a retry adds no second job). A worker
 * process runs the jobs through `receiver.run` with the Redis idempotency store; handlers throw
 * or hang past the deadline (BullMQ retries the job). Mid-run the worker is killed with SIGKILL
 * and another takes over.
 *
 * What exactly-once means here: BullMQ is at-least-once (the killed worker's active jobs stall
 * and run again, and one that finished its handlers but was not yet marked completed runs
 * again too). The Redis claim keyed by the delivery id turns those re-runs into no-ops once a
 * run recorded its success, and holds them off (409, retried) while a run is in progress; so
 * the handler's side effect, keyed by the same id, happens exactly once. The one gap no store
 * closes is a crash between the effect and its record: the worker is told to stop starting
 * effects just before the kill (see test/support/proof-worker.ts); a real handler closes that
 * gap by making its effect idempotent by `event.id`.
 */
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
import { faultPlan, proofBody, proofKey } from "../support/proof-handlers.js";
import { type ProofProcess, startProofProcess, until } from "../support/proof-processes.js";
import { sendAll } from "../support/proof-sender.js";
import { startRedis, type TestRedis } from "../support/redis.js";

const deliveries = 2_000;
const queueName = "proof";
let server: TestRedis;
let redis: Redis;
let queue: Queue;
const processes: ProofProcess[] = [];

beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url);
  queue = new Queue(queueName, { connection: { host: "127.0.0.1", port: server.port } });
});

afterAll(async () => {
  await Promise.all(processes.map((child) => child.kill()));
  await queue?.close();
  await redis?.quit();
  await server?.stop();
});

function start(script: string, args: readonly string[]): ProofProcess {
  const child = startProofProcess(script, [server.url, ...args]);
  processes.push(child);
  return child;
}

const completed = async () => (await queue.getJobCounts("completed")).completed ?? 0;

describe("a receiver that queues, and a worker killed with SIGKILL mid-run", () => {
  it("handle every delivery to success exactly once: 0 lost, 0 duplicates", async () => {
    const local = createTalkableWebhooks({ key: proofKey });
    const bodies = Array.from({ length: deliveries }, (_, index) => proofBody(index));
    const ids = await Promise.all(
      bodies.map(async (body) => (await local.verifyAndParse(body)).id),
    );
    expect(new Set(ids).size).toBe(deliveries);

    const receiver = start("proof-receiver.ts", ["queue", queueName]);
    const first = start("proof-worker.ts", [queueName]);
    const [, port = ""] = await receiver.line(/^port (\d+)$/);
    await first.line(/^ready$/);

    const sending = sendAll(bodies, {
      urls: [`http://127.0.0.1:${port}/`],
      concurrency: 50,
      timeoutMs: () => 1_000,
      maxAttempts: 20,
    });
    // Kill the worker once a quarter of the jobs are done, while it holds active jobs mid-handler.
    await until("a quarter of the jobs completed", async () => (await completed()) >= 500);
    const doneBeforeKill = await completed();
    first.child.kill("SIGUSR2");
    await first.line(/^frozen$/, 10_000);
    expect((await queue.getJobCounts("active")).active).toBeGreaterThan(0);
    await first.kill("SIGKILL");
    expect(first.child.signalCode).toBe("SIGKILL");
    const second = start("proof-worker.ts", [queueName]);

    const report = await sending;
    console.log(
      `queue proof: ${deliveries} deliveries, ${report.attempts} attempts in ` +
        `${(report.millis / 1000).toFixed(1)} s; answers ${JSON.stringify(report.answers)}; ` +
        `worker killed after ${doneBeforeKill} jobs completed`,
    );
    expect(report.undelivered).toEqual([]);
    await second.line(/^ready$/);
    await until("every job completed", async () => (await completed()) === deliveries, 70_000);
    expect(await queue.getJobCounts("failed", "waiting", "delayed", "active")).toEqual({
      failed: 0,
      waiting: 0,
      delayed: 0,
      active: 0,
    });

    const done = await redis.mget(ids.map((id) => `done:${id}`));
    const lost = done.filter((value) => value === null).length;
    const duplicates = done.filter((value) => value !== null && Number(value) > 1).length;
    expect({ lost, duplicates }).toEqual({ lost: 0, duplicates: 0 });
    expect(done).toEqual(ids.map(() => "1"));
    // The faults happened: every planned failure ran before the successful run.
    const runs = await redis.mget(ids.map((id) => `attempts:${id}`));
    const short = ids.filter((_id, index) => Number(runs[index]) < faultPlan(index).length + 1);
    expect(short).toEqual([]);
    expect(report.answers["202"]).toBeGreaterThanOrEqual(deliveries);
  }, 90_000);
});
