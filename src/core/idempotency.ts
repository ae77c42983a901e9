/**
 * The outcome of claiming a delivery id before its handlers run.
 *
 * @example
 * ```ts
 * import type { IdempotencyClaim } from "talkable-emma-webhooks/idempotency";
 * function describe(claim: IdempotencyClaim): string {
 *   return claim.status === "claimed" ? "run the handlers" : `skip (${claim.status})`;
 * }
 * ```
 */
export type IdempotencyClaim =
  | {
      readonly status: "claimed";
      /** Records that the handlers succeeded: later repeats are answered 2xx without running. */
      complete(): Promise<void>;
      /** Gives the claim up after a failure or timeout, so the sender's retry runs again. */
      release(): Promise<void>;
    }
  /** An earlier run succeeded: answer 2xx, run nothing. */
  | { readonly status: "done" }
  /** Another run holds a live claim: answer 409, which the sender retries later. */
  | { readonly status: "busy" };

/**
 * Where a receiver records which deliveries ran, so a repeated delivery runs its handlers once.
 *
 * @example
 * ```ts
 * import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
 * import { createMemoryIdempotencyStore } from "talkable-emma-webhooks/idempotency";
 * const webhooks = createTalkableWebhooks({
 *   key: process.env["TALKABLE_KEY"]!,
 *   idempotency: createMemoryIdempotencyStore(),
 * });
 * ```
 */
export interface IdempotencyStore {
  /** Atomically claims `id` for `leaseMs` (a crashed run's claim expires after it). */
  claim(id: string, options: { readonly leaseMs: number }): Promise<IdempotencyClaim>;
}
