/**
 * A queue worker process of the load-and-fault proof. Usage:
 *   node --import tsx test/support/proof-worker.ts <redis-url> <queue-name>
 * It runs the jobs of test/support/proof-receiver.ts (queue mode) with `createWebhookWorker`
 * and a receiver that has the proof's handler and the Redis idempotency store: BullMQ delivers
 * a job at least once (a killed worker's jobs stall and run again), and the claim makes a
 * re-run of a delivery whose side effect was recorded run nothing. Prints `ready`.
 *
 * SIGUSR2 prepares the planned SIGKILL: from then on no run starts its side effect (runs stop
 * there, mid-handler, as the kill finds them), and once no run is between its side effect and
 * the end of `receiver.run` (where the claim is completed) it prints `frozen`. The kill then
 * never lands in the gap between an effect and its record: the one gap no store can close (a
 * handler closes it by making its effect idempotent by `event.id`, or one transaction with it).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { Redis } from "ioredis";
import { createWebhookWorker } from "talkable-emma-webhooks/bullmq";
import { createRedisIdempotencyStore } from "talkable-emma-webhooks/idempotency";
import { createTalkableWebhooks, type TalkableEvent } from "talkable-emma-webhooks/talkable";
import { proofHandlerTimeoutMs, proofKey, registerProofHandler } from "./proof-handlers.js";

const [url = "", queueName = "proof"] = process.argv.slice(2);
const { hostname, port } = new URL(url);
const redis = new Redis(url);
let frozen = false;
/**
 * How many runs started their side effect and may not have recorded it yet: until both the
 * handler and `receiver.run` are over (after a deadline, the receiver returns first).
 */
let effecting = 0;
const currentRun = new AsyncLocalStorage<{ effect: boolean; ends: number }>();
const end = (run: { effect: boolean; ends: number } | undefined) => {
  if (!run) return;
  run.ends += 1;
  if (run.effect && run.ends === 2) effecting -= 1;
};

const webhooks = createTalkableWebhooks({
  key: proofKey,
  handlerTimeoutMs: proofHandlerTimeoutMs,
  idempotency: createRedisIdempotencyStore(redis),
});
registerProofHandler(webhooks, redis, {
  beforeEffect: async () => {
    if (frozen) await new Promise<never>(() => undefined);
    const run = currentRun.getStore();
    if (run) run.effect = true;
    effecting += 1;
  },
  afterEffect: () => end(currentRun.getStore()),
});

const worker = createWebhookWorker(
  {
    run: async (event, options) => {
      const run = { effect: false, ends: 0 };
      try {
        return await currentRun.run(run, () => webhooks.run(event as TalkableEvent, options));
      } finally {
        end(run);
      }
    },
  },
  queueName,
  {
    connection: { host: hostname, port: Number(port) },
    concurrency: 25,
    // Short, so the killed worker's jobs are found stalled within seconds, not 30 s.
    lockDuration: 2_000,
    stalledInterval: 1_000,
    maxStalledCount: 10,
  },
);
worker.on("error", (error) => console.error(error));
await worker.waitUntilReady();
console.log("ready");

process.on("SIGUSR2", () => {
  frozen = true;
  // Quiet for 150 ms: also past a claim recorded just after its late handler ended.
  let quiet = 0;
  const timer = setInterval(() => {
    quiet = effecting > 0 ? 0 : quiet + 1;
    if (quiet < 3) return;
    clearInterval(timer);
    console.log("frozen");
  }, 50);
});
process.once("SIGTERM", () => {
  void worker
    .close()
    .then(() => redis.quit())
    .then(() => process.exit(0));
});
