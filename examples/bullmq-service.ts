// Running at scale: receivers that queue each delivery, and a BullMQ worker that runs them.
import { Queue } from "bullmq";
import express from "express";
import { Redis } from "ioredis";
import {
  type HandoffDelivery,
  createBullmqHandoff,
  createWebhookWorker,
} from "talkable-emma-webhooks/bullmq";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
import { createRedisIdempotencyStore } from "talkable-emma-webhooks/idempotency";
import { toNodeMiddleware } from "talkable-emma-webhooks/node";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";

const key = process.env["TALKABLE_KEY"];
const token = process.env["EMMA_WEBHOOK_TOKEN"];
const redisEnv = process.env["REDIS_URL"]; // e.g. redis://127.0.0.1:6379
if (!key || !token || !redisEnv) throw new Error("set TALKABLE_KEY, EMMA_WEBHOOK_TOKEN, REDIS_URL");
const redisUrl = new URL(redisEnv);
const crmUrl = process.env["CRM_URL"] ?? "https://crm.example/referrals";
const connection = { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) };

// The receivers verify each delivery, queue it and answer 202. `enableOfflineQueue: false`
// makes queueing fail fast while Redis is unreachable: the sender gets 503 and retries.
const queue = new Queue<HandoffDelivery>("webhooks", {
  connection: { ...connection, enableOfflineQueue: false },
});
const handoff = createBullmqHandoff(queue);
const idempotency = createRedisIdempotencyStore(new Redis(redisUrl.href));
const talkable = createTalkableWebhooks({ key, handoff, idempotency });
const emma = createEmmaWebhooks({ token, handoff, idempotency });

// The handlers run in the worker: once per delivery, with retries and a deadline.
talkable.on("referral_web_hook", async ({ id, payload }, { signal }) => {
  await fetch(crmUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": id },
    body: JSON.stringify(payload),
    signal, // aborts past handlerTimeoutMs, or when the worker loses the job
  });
});
emma.on("member_optout", async ({ data }) => {
  console.log("opted out", data.member_id);
});

const app = express();
app.all("/webhooks/talkable", toNodeMiddleware(talkable));
app.all("/webhooks/emma", toNodeMiddleware(emma));
app.listen(Number(process.env["PORT"] ?? 3000));

const worker = createWebhookWorker({ talkable, emma }, "webhooks", { connection, concurrency: 10 });
worker.on("error", (error) => console.error("worker:", error.message)); // BullMQ needs a listener
worker.on("failed", (job, error) => {
  if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
    console.error(`delivery ${job.id} (${job.name}) failed for good: ${error.message}`);
  }
});

process.once("SIGTERM", () => {
  // Running jobs finish first; queued ones wait in Redis for the next worker.
  void Promise.all([worker.close(), queue.close()]).then(() => process.exit(0));
});
