/**
 * Per-delivery cost of idempotency (for npm run bench): the median time of one claim plus
 * complete of a new delivery id, in the memory store and in the Redis store (a local
 * redis-server over loopback, so mostly two round trips). Standalone:
 * `npm run compile && tsx scripts/bench/stores.ts [redis-url]`.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Redis } from "ioredis";
import { startRedis } from "../../test/support/redis.js";
import { compare, printRows } from "./measure.js";
import type * as IdempotencyApi from "../../src/idempotency/index.js";

/** Medians in microseconds per delivery (claim + complete). */
export interface StoreFigures {
  readonly memory: number;
  readonly redis: number;
}

/**
 * Measures both stores from the built package (dist/idempotency.js) and prints the figures.
 * Without `redisUrl` it starts a throwaway redis-server (scripts/ensure-redis.sh installs one).
 */
export async function benchIdempotencyStores(redisUrl?: string): Promise<StoreFigures> {
  const stores = (await import(resolve("dist/idempotency.js"))) as typeof IdempotencyApi;
  const local = redisUrl === undefined ? await startRedis() : undefined;
  const redis = new Redis(redisUrl ?? local?.url ?? "");
  try {
    const memory = stores.createMemoryIdempotencyStore();
    const shared = stores.createRedisIdempotencyStore(redis, { prefix: `bench:${Date.now()}:` });
    let next = 0;
    const deliver = (store: IdempotencyApi.IdempotencyStore) => async () => {
      next += 1;
      const claim = await store.claim(`delivery-${next}`, { leaseMs: 30_000 });
      if (claim.status !== "claimed") throw new Error(`a new id was answered ${claim.status}`);
      await claim.complete();
    };
    const figures = await compare(
      { memory: deliver(memory), redis: deliver(shared) },
      { batches: 21, perBatch: 200 },
    );
    printRows("Idempotency per delivery (claim + complete of a new id), median", [
      { label: "createMemoryIdempotencyStore()", micros: figures.memory },
      {
        label: "createRedisIdempotencyStore(ioredis), local redis-server",
        micros: figures.redis,
        baseline: figures.memory,
      },
    ]);
    return figures;
  } finally {
    await redis.quit();
    await local?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await benchIdempotencyStores(process.argv[2]);
}
