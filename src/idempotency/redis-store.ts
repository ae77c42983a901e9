import type { Redis } from "ioredis";
import type { IdempotencyClaim, IdempotencyStore } from "../core/idempotency.js";
import { positiveNumber } from "./options.js";

/**
 * Options of {@link createRedisIdempotencyStore}.
 *
 * @example
 * ```ts
 * const options: RedisIdempotencyStoreOptions = { prefix: "shop:webhooks:", ttlMs: 3_600_000 };
 * const store = createRedisIdempotencyStore(redis, options);
 * ```
 */
export interface RedisIdempotencyStoreOptions {
  /** Prepended to every id to make its key (default `"talkable-emma-webhooks:idempotency:"`). */
  readonly prefix?: string;
  /** How long a handled id is remembered, in milliseconds (default 24 h). */
  readonly ttlMs?: number;
}

const dayMs = 24 * 60 * 60 * 1000;
const doneValue = "done";

// Each step is one Lua script so that reading the key and changing it is atomic: two
// receivers racing for one id can never both see it free, and a run whose lease ran out can
// never overwrite the claim of the run that took over.
// KEYS[1] the id's key; ARGV[1] the owner token; ARGV[2] the lease (ms).
const claimScript = `
local value = redis.call("GET", KEYS[1])
if not value then
  redis.call("SET", KEYS[1], ARGV[1], "PX", ARGV[2])
  return "claimed"
end
if value == "${doneValue}" then return "done" end
return "busy"`;
// KEYS[1] the id's key; ARGV[1] the owner token; ARGV[2] how long it stays done (ms).
// Also marks it done when the lease ran out and nobody else claimed it meanwhile.
const completeScript = `
local value = redis.call("GET", KEYS[1])
if not value or value == ARGV[1] then
  redis.call("SET", KEYS[1], "${doneValue}", "PX", ARGV[2])
  return 1
end
return 0`;
// KEYS[1] the id's key; ARGV[1] the owner token.
const releaseScript = `
if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end
return 0`;

const busy: IdempotencyClaim = Object.freeze({ status: "busy" });
const done: IdempotencyClaim = Object.freeze({ status: "done" });

/**
 * An idempotency store in Redis, shared by every receiver instance and worker: claims are
 * atomic (one Lua script per step), owned by a random token, and expire after their lease;
 * `complete()` and `release()` act only while this run still owns the claim. Handled ids stay
 * `done` for `ttlMs`. Bring your own ioredis connection (ioredis is an optional peer
 * dependency; this module only imports its types).
 *
 * @example
 * ```ts
 * import { Redis } from "ioredis";
 * import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
 * import { createRedisIdempotencyStore } from "talkable-emma-webhooks/idempotency";
 *
 * const webhooks = createEmmaWebhooks({
 *   token, // from your configuration, never with a fallback value
 *   idempotency: createRedisIdempotencyStore(new Redis("redis://127.0.0.1:6379")),
 * });
 * ```
 */
export function createRedisIdempotencyStore(
  redis: Redis,
  options: RedisIdempotencyStoreOptions = {},
): IdempotencyStore {
  const prefix = options.prefix ?? "talkable-emma-webhooks:idempotency:";
  const ttlMs = Math.ceil(positiveNumber("ttlMs", options.ttlMs ?? dayMs));

  const claimed = (key: string, owner: string): IdempotencyClaim => ({
    status: "claimed",
    complete: async () => {
      await redis.eval(completeScript, 1, key, owner, ttlMs);
    },
    release: async () => {
      await redis.eval(releaseScript, 1, key, owner);
    },
  });

  return {
    async claim(id, { leaseMs }) {
      const lease = Math.ceil(positiveNumber("leaseMs", leaseMs));
      const key = prefix + id;
      const owner = crypto.randomUUID();
      const status = await redis.eval(claimScript, 1, key, owner, lease);
      if (status === "claimed") return claimed(key, owner);
      return status === "done" ? done : busy;
    },
  };
}
