/**
 * A webhook worker in a process of its own, for the crash test: the test SIGKILLs it mid-job
 * and starts another. Usage:
 *   node --import tsx test/support/redis-worker.ts <redis-url> <queue> [<hang-at>]
 * Its runner does what a receiver with a Redis idempotency store does: claim the delivery id,
 * work (announcing `started <id>` on stdout, then sleeping), record a side effect (INCR of
 * `effect:<id>`) and complete the claim. With <hang-at>, the job it starts as that number never
 * ends (so the test can kill it mid-job without racing the clock). `ready` is printed once
 * the worker is running.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { createWebhookWorker } from "talkable-emma-webhooks/bullmq";
import { createRedisIdempotencyStore } from "talkable-emma-webhooks/idempotency";

const [url = "", queueName = "", hangAt = "0"] = process.argv.slice(2);
let started = 0;
const redis = new Redis(url);
const store = createRedisIdempotencyStore(redis);
const { hostname, port } = new URL(url);

const worker = createWebhookWorker(
  {
    run: async (event) => {
      const { id } = event as { id: string };
      const claim = await store.claim(id, { leaseMs: 1_500 });
      if (claim.status === "done") return;
      if (claim.status === "busy") throw new Error(`${id} is busy: retry after the lease`);
      started += 1;
      console.log(`started ${id}`);
      if (started === Number(hangAt)) await new Promise(() => undefined);
      await sleep(100);
      await redis.incr(`effect:${id}`);
      await claim.complete();
    },
  },
  queueName,
  {
    connection: { host: hostname, port: Number(port) },
    concurrency: 1,
    lockDuration: 1_500,
    stalledInterval: 500,
    // Short locks make the crash test quick; a paused (not killed) worker may then lose a lock
    // more than once, which must requeue its job, not fail it.
    maxStalledCount: 5,
  },
);
worker.on("error", (error) => console.error(error));
await worker.waitUntilReady();
console.log("ready");

process.once("SIGTERM", () => {
  void worker
    .close()
    .then(() => redis.quit())
    .then(() => process.exit(0));
});
