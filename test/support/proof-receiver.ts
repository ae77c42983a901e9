/**
 * A receiver process of the load-and-fault proof: a real `node:http` server on a free port of
 * 127.0.0.1 (printed as `port <n>` once listening). Usage:
 *   node --import tsx test/support/proof-receiver.ts <redis-url> inline
 *   node --import tsx test/support/proof-receiver.ts <redis-url> queue <queue-name>
 * `inline` runs the proof's handler in the request, with the Redis idempotency store (several of
 * these processes share it); `queue` hands every delivery to BullMQ and answers 202 once queued.
 * It serves until SIGTERM.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { createBullmqHandoff, type HandoffDelivery } from "talkable-emma-webhooks/bullmq";
import { createRedisIdempotencyStore } from "talkable-emma-webhooks/idempotency";
import { toNodeMiddleware } from "talkable-emma-webhooks/node";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
import { proofHandlerTimeoutMs, proofKey, registerProofHandler } from "./proof-handlers.js";

const [url = "", mode = "inline", queueName = "proof"] = process.argv.slice(2);
const { hostname, port } = new URL(url);
const redis = new Redis(url);
let queue: Queue<HandoffDelivery> | undefined;

function inlineReceiver() {
  const webhooks = createTalkableWebhooks({
    key: proofKey,
    handlerTimeoutMs: proofHandlerTimeoutMs,
    idempotency: createRedisIdempotencyStore(redis),
  });
  registerProofHandler(webhooks, redis);
  return webhooks;
}

function queueReceiver() {
  queue = new Queue<HandoffDelivery>(queueName, {
    connection: { host: hostname, port: Number(port), enableOfflineQueue: false },
  });
  // Retries come quickly in a test: a job that meets its faults (or a claim left by the killed
  // worker, busy until its lease ends) is tried again every 200 ms, up to 40 times.
  const jobOptions = { attempts: 40, backoff: { type: "fixed", delay: 200 } };
  return createTalkableWebhooks({
    key: proofKey,
    handlerTimeoutMs: proofHandlerTimeoutMs,
    handoff: createBullmqHandoff(queue, { jobOptions }),
  });
}

const webhooks = mode === "queue" ? queueReceiver() : inlineReceiver();
await queue?.waitUntilReady();
const middleware = toNodeMiddleware(webhooks);
const server = createServer((request, response) => void middleware(request, response));
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  console.log(`port ${(server.address() as AddressInfo).port}`);
});

process.once("SIGTERM", () => {
  server.closeAllConnections();
  server.close();
  void Promise.all([queue?.close(), redis.quit()]).then(() => process.exit(0));
});
