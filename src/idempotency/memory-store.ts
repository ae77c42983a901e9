import type { IdempotencyClaim, IdempotencyStore } from "../core/idempotency.js";
import { positiveNumber } from "./options.js";

/**
 * Options of {@link createMemoryIdempotencyStore}.
 *
 * @example
 * ```ts
 * const options: MemoryIdempotencyStoreOptions = { maxEntries: 50_000, ttlMs: 3_600_000 };
 * const store = createMemoryIdempotencyStore(options);
 * ```
 */
export interface MemoryIdempotencyStoreOptions {
  /** How many ids it remembers at most (default 10_000; about 200 bytes each). */
  readonly maxEntries?: number;
  /** How long a handled id is remembered, in milliseconds (default 24 h). */
  readonly ttlMs?: number;
}

/** One remembered id: a live claim (with the object that owns it) or a handled delivery. */
type Entry =
  | { readonly state: "claimed"; readonly owner: object; readonly expiresAt: number }
  | { readonly state: "done"; readonly expiresAt: number };

const dayMs = 24 * 60 * 60 * 1000;
const busy: IdempotencyClaim = Object.freeze({ status: "busy" });
const done: IdempotencyClaim = Object.freeze({ status: "done" });

/**
 * The embedded idempotency store: a bounded map in this process's memory. Right for one
 * receiver process; with several instances (or restarts that must not forget), use
 * `createRedisIdempotencyStore` instead.
 *
 * Handled ids are remembered for `ttlMs`; a claim expires after its lease (a crashed or hung
 * run stops blocking the id). When `maxEntries` ids are remembered, it forgets the oldest entry
 * that is handled or expired. It never forgets a live claim: when every slot holds a live
 * claim, new ids are answered `busy` (the receiver answers 409 and the sender retries) until a
 * run completes, releases, or its lease runs out.
 *
 * @example
 * ```ts
 * import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
 * import { createMemoryIdempotencyStore } from "talkable-emma-webhooks/idempotency";
 *
 * const webhooks = createTalkableWebhooks({
 *   key, // from your configuration, never with a fallback value
 *   idempotency: createMemoryIdempotencyStore({ maxEntries: 50_000, ttlMs: 3_600_000 }),
 * });
 * ```
 */
export function createMemoryIdempotencyStore(
  options: MemoryIdempotencyStoreOptions = {},
): IdempotencyStore {
  const maxEntries = positiveNumber("maxEntries", options.maxEntries ?? 10_000);
  const ttlMs = positiveNumber("ttlMs", options.ttlMs ?? dayMs);
  // A Map iterates in insertion order; entries are re-inserted when they change, so the first
  // entries are the oldest, which is the order eviction wants.
  const entries = new Map<string, Entry>();

  const makeRoom = (now: number): boolean => {
    if (entries.size < maxEntries) return true;
    for (const [id, entry] of entries) {
      if (entry.expiresAt <= now || entry.state === "done") {
        entries.delete(id);
        return true;
      }
    }
    return false;
  };

  const claimed = (id: string, owner: object): IdempotencyClaim => ({
    status: "claimed",
    complete: () => {
      const entry = entries.get(id);
      const now = Date.now();
      // Only the owner (or nobody, when the lease ran out unclaimed) turns the id into done.
      if (
        !entry ||
        entry.expiresAt <= now ||
        (entry.state === "claimed" && entry.owner === owner)
      ) {
        entries.delete(id);
        if (makeRoom(now)) entries.set(id, { state: "done", expiresAt: now + ttlMs });
      }
      return Promise.resolve();
    },
    release: () => {
      const entry = entries.get(id);
      if (entry?.state === "claimed" && entry.owner === owner) entries.delete(id);
      return Promise.resolve();
    },
  });

  return {
    // async in effect: a bad lease rejects like every other failure of the store would.
    claim(id, { leaseMs }) {
      try {
        positiveNumber("leaseMs", leaseMs);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      const now = Date.now();
      const entry = entries.get(id);
      if (entry !== undefined && entry.expiresAt > now) {
        return Promise.resolve(entry.state === "done" ? done : busy);
      }
      entries.delete(id);
      if (!makeRoom(now)) return Promise.resolve(busy);
      const owner = {};
      entries.set(id, { state: "claimed", owner, expiresAt: now + leaseMs });
      return Promise.resolve(claimed(id, owner));
    },
  };
}
