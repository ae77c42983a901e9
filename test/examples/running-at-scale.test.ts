import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type HandoffDelivery,
  createBullmqHandoff,
  createWebhookWorker,
} from "talkable-emma-webhooks/bullmq";
import { createRedisIdempotencyStore } from "talkable-emma-webhooks/idempotency";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
import { talkableDelivery } from "talkable-emma-webhooks/testing";
import { startRedis, type TestRedis } from "../support/redis.js";

let server: TestRedis;
let redis: Redis;
let queue: Queue<HandoffDelivery>;

beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url);
  queue = new Queue<HandoffDelivery>("webhooks", {
    connection: { host: "127.0.0.1", port: server.port, enableOfflineQueue: false },
  });
});
afterAll(async () => {
  await queue.close();
  await redis.quit();
  await server.stop();
});

it("answers 202 once a delivery is queued, and the worker runs its handler once", async () => {
  const connection = { host: "127.0.0.1", port: server.port };
  const credited: string[] = [];
  const talkable = createTalkableWebhooks({
    key: "test-key",
    handoff: createBullmqHandoff(queue),
    idempotency: createRedisIdempotencyStore(redis),
  });
  talkable.on("referral_web_hook", ({ payload }, { signal }) => {
    expect(signal.aborted).toBe(false);
    credited.push(String(payload.referrer?.email));
  });

  // Talkable retries: the same delivery three times, each answered 202 Accepted, one job.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const response = await talkable.handle(
      talkableDelivery("referral_web_hook", { key: "test-key" }),
    );
    expect(response.status).toBe(202);
  }
  expect(await queue.getJobCountByTypes("waiting", "active", "completed")).toBe(1);
  expect(credited).toEqual([]); // nothing ran in the request

  const worker = createWebhookWorker({ talkable }, "webhooks", { connection });
  worker.on("error", () => undefined);
  try {
    const completed = async () => (await queue.getJobCounts("completed")).completed ?? 0;
    for (let waited = 0; (await completed()) < 1; waited += 20) {
      if (waited > 10_000) throw new Error("the worker did not complete the job");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await worker.close();
  }
  expect(credited).toHaveLength(1);

  // Later repeats: the completed job still holds the id, and the store knows it is done.
  const late = await talkable.handle(talkableDelivery("referral_web_hook", { key: "test-key" }));
  expect(late.status).toBe(202);
  expect(await queue.getJobCountByTypes("waiting", "active", "completed")).toBe(1);
  const [job] = await queue.getCompleted();
  // What job.retry() would do: skipped, already done.
  if (!job) throw new Error("no completed job");
  await talkable.run(job.data.event);
  expect(credited).toHaveLength(1);
});
