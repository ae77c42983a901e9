export { createMemoryIdempotencyStore } from "./memory-store.js";
export type { MemoryIdempotencyStoreOptions } from "./memory-store.js";
export { createRedisIdempotencyStore } from "./redis-store.js";
export type { RedisIdempotencyStoreOptions } from "./redis-store.js";
export type { IdempotencyClaim, IdempotencyStore } from "../core/idempotency.js";
