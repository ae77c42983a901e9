import { Queue, type Worker } from "bullmq";
import { Redis } from "ioredis";
import { describe, expectTypeOf, it } from "vitest";
import {
  createBullmqHandoff,
  createWebhookWorker,
  type DeliveryHandoff,
  type EventRunner,
  type HandoffDelivery,
} from "talkable-emma-webhooks/bullmq";
import {
  createMemoryIdempotencyStore,
  createRedisIdempotencyStore,
  type IdempotencyClaim,
  type IdempotencyStore,
} from "talkable-emma-webhooks/idempotency";

const connection = { host: "127.0.0.1", port: 6379 };

describe("./idempotency", () => {
  it("returns IdempotencyStore from both factories", () => {
    expectTypeOf(createMemoryIdempotencyStore()).toEqualTypeOf<IdempotencyStore>();
    expectTypeOf(createRedisIdempotencyStore(new Redis())).toEqualTypeOf<IdempotencyStore>();
    // @ts-expect-error: a node-redis client or a URL is not an ioredis connection
    createRedisIdempotencyStore("redis://127.0.0.1:6379");
  });

  it("offers complete and release only on a claimed answer", async () => {
    const claim: IdempotencyClaim = await createMemoryIdempotencyStore().claim("id", {
      leaseMs: 1,
    });
    expectTypeOf(claim).not.toHaveProperty("complete");
    if (claim.status === "claimed") {
      expectTypeOf(claim).toHaveProperty("release").returns.toEqualTypeOf<Promise<void>>();
    }
    expectTypeOf(claim.status).toEqualTypeOf<"claimed" | "done" | "busy">();
  });
});

describe("./bullmq", () => {
  it("accepts a plain BullMQ queue and returns a DeliveryHandoff", () => {
    expectTypeOf(
      createBullmqHandoff(new Queue("webhooks", { connection })),
    ).toEqualTypeOf<DeliveryHandoff>();
    expectTypeOf<DeliveryHandoff>().parameter(0).toEqualTypeOf<HandoffDelivery>();
  });

  it("takes one runner or one per vendor, and returns a typed Worker", () => {
    const runner: EventRunner = { run: () => Promise.resolve() };
    expectTypeOf(createWebhookWorker(runner, "webhooks", { connection })).toEqualTypeOf<
      Worker<HandoffDelivery, void>
    >();
    createWebhookWorker({ emma: runner }, "webhooks", { connection });
    // @ts-expect-error: vendors are talkable and emma
    createWebhookWorker({ mailchimp: runner }, "webhooks", { connection });
  });
});
