/**
 * What a receiver learns when it claims a delivery id:
 * - `claimed`: this run owns the id; call `complete()` after the handlers succeeded, or
 *   `release()` after they failed (so the sender's retry runs them again);
 * - `done`: an earlier run succeeded: answer 2xx, run nothing;
 * - `busy`: another run holds a live claim: answer 409 (retryable).
 *
 * @example
 * ```ts
 * const claim = await store.claim(event.id, { leaseMs: 30_000 });
 * if (claim.status === "claimed") {
 *   try {
 *     await handle(event);
 *     await claim.complete();
 *   } catch (error) {
 *     await claim.release();
 *     throw error;
 *   }
 * }
 * ```
 */
export type IdempotencyClaim =
  | { readonly status: "claimed"; complete(): Promise<void>; release(): Promise<void> }
  | { readonly status: "done" } // an earlier run succeeded: answer 2xx, run nothing
  | { readonly status: "busy" }; // another run holds a live claim: answer 409 (retryable)

/**
 * Remembers which deliveries were handled, keyed by `event.id`, so a sender's retry (or a
 * second receiver instance) never runs the handlers twice. Implementations:
 * `createMemoryIdempotencyStore()` (one process) and `createRedisIdempotencyStore(redis)`
 * (shared by every instance), both from `talkable-emma-webhooks/idempotency`.
 *
 * @example
 * ```ts
 * import { createMemoryIdempotencyStore } from "talkable-emma-webhooks/idempotency";
 * const store: IdempotencyStore = createMemoryIdempotencyStore();
 * const claim = await store.claim("delivery-id", { leaseMs: 30_000 });
 * ```
 */
export interface IdempotencyStore {
  /** Atomically claims `id` for `leaseMs` (a crashed run's claim expires after it). */
  claim(id: string, options: { readonly leaseMs: number }): Promise<IdempotencyClaim>;
}
