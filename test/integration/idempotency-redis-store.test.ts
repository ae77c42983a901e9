import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createRedisIdempotencyStore,
  type IdempotencyStore,
} from "talkable-emma-webhooks/idempotency";
import { startRedis, type TestRedis } from "../support/redis.js";

let server: TestRedis;
let redis: Redis;
let other: Redis;
let store: IdempotencyStore;
let counter = 0;
/** A fresh id per test: the tests share one server. */
const nextId = () => `delivery-${(counter += 1)}`;

beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url);
  other = new Redis(server.url);
  store = createRedisIdempotencyStore(redis);
});

afterAll(async () => {
  await Promise.all([redis.quit(), other.quit()]);
  await server.stop();
});

async function claimed(target: IdempotencyStore, id: string, leaseMs = 10_000) {
  const claim = await target.claim(id, { leaseMs });
  if (claim.status !== "claimed")
    throw new Error(`expected ${id} to be claimed, got ${claim.status}`);
  return claim;
}

const statusOf = async (target: IdempotencyStore, id: string) =>
  (await target.claim(id, { leaseMs: 10_000 })).status;

describe("createRedisIdempotencyStore (real redis-server)", () => {
  it("claims with a random owner token and the lease as the key's expiry", async () => {
    const id = nextId();
    await claimed(store, id, 5_000);
    const key = `talkable-emma-webhooks:idempotency:${id}`;
    expect(await redis.get(key)).toMatch(/^[0-9a-f-]{36}$/);
    expect(await redis.pttl(key)).toBeGreaterThan(4_000);
    expect(await statusOf(store, id)).toBe("busy");
  });

  it("turns a claim into done for ttlMs, then forgets it", async () => {
    // Long enough that a paused test process cannot see the id expire before it is read back.
    const short = createRedisIdempotencyStore(redis, { ttlMs: 1_500 });
    const id = nextId();
    await (await claimed(short, id)).complete();
    expect(await statusOf(short, id)).toBe("done");
    expect(await redis.pttl(`talkable-emma-webhooks:idempotency:${id}`)).toBeLessThanOrEqual(1_500);
    await sleep(1_600);
    expect(await statusOf(short, id)).toBe("claimed");
  });

  it("keeps done ids for 24 hours by default", async () => {
    const id = nextId();
    await (await claimed(store, id)).complete();
    const ttl = await redis.pttl(`talkable-emma-webhooks:idempotency:${id}`);
    expect(ttl).toBeGreaterThan(24 * 3_600_000 - 10_000);
    expect(ttl).toBeLessThanOrEqual(24 * 3_600_000);
  });

  it("frees the id on release", async () => {
    const id = nextId();
    await (await claimed(store, id)).release();
    expect(await statusOf(store, id)).toBe("claimed");
  });

  it("lets a claim expire after its lease", async () => {
    const id = nextId();
    await claimed(store, id, 1_500);
    expect(await statusOf(store, id)).toBe("busy");
    await sleep(1_600);
    expect(await statusOf(store, id)).toBe("claimed");
  });

  it("lets only the current owner complete or release (compare-and-set)", async () => {
    const id = nextId();
    const stale = await claimed(store, id, 100);
    await sleep(150);
    const current = await claimed(createRedisIdempotencyStore(other), id);
    await stale.release();
    expect(await statusOf(store, id)).toBe("busy");
    await stale.complete();
    expect(await statusOf(store, id)).toBe("busy");
    await current.complete();
    expect(await statusOf(store, id)).toBe("done");
  });

  it("still records done when the lease ran out and nobody took the id over", async () => {
    const id = nextId();
    const slow = await claimed(store, id, 50);
    await sleep(100);
    await slow.complete();
    expect(await statusOf(store, id)).toBe("done");
  });

  it("gives each racing id to exactly one of two stores on separate connections", async () => {
    const stores = [createRedisIdempotencyStore(redis), createRedisIdempotencyStore(other)];
    const ids = Array.from({ length: 200 }, nextId);
    const answers = await Promise.all(
      ids.flatMap((id) => stores.map((target) => target.claim(id, { leaseMs: 10_000 }))),
    );
    for (let index = 0; index < ids.length; index += 1) {
      const pair = [answers[2 * index]?.status, answers[2 * index + 1]?.status].sort();
      expect(pair).toEqual(["busy", "claimed"]);
    }
    expect(answers.filter((answer) => answer.status === "claimed")).toHaveLength(ids.length);
  });

  it("keeps stores with different prefixes apart", async () => {
    const id = nextId();
    await claimed(store, id);
    const tenant = createRedisIdempotencyStore(redis, { prefix: "tenant-b:" });
    expect(await statusOf(tenant, id)).toBe("claimed");
    expect(await redis.exists(`tenant-b:${id}`)).toBe(1);
  });

  it("rejects a non-positive lease or ttl", async () => {
    await expect(store.claim(nextId(), { leaseMs: 0 })).rejects.toThrow(/leaseMs must be/);
    expect(() => createRedisIdempotencyStore(redis, { ttlMs: -5 })).toThrow(/ttlMs must be/);
  });

  it("rejects when Redis does not answer, so the receiver can refuse the delivery", async () => {
    const offline = new Redis(server.url, { lazyConnect: true, enableOfflineQueue: false });
    await expect(
      createRedisIdempotencyStore(offline).claim(nextId(), { leaseMs: 1_000 }),
    ).rejects.toThrow();
    offline.disconnect();
  });
});
