import { defaultBodyTimeoutMs } from "./body-deadline.js";
import type { DeliveryHandoff } from "./handoff.js";
import type { IdempotencyStore } from "./idempotency.js";
import { defaultMaxBodyBytes } from "./read-body.js";

/**
 * Options both receivers take alike.
 *
 * @example
 * ```ts
 * import type { ReceiverOptions } from "talkable-emma-webhooks/talkable";
 * const options: ReceiverOptions = { maxBodyBytes: 256 * 1024, bodyTimeoutMs: 5_000 };
 * ```
 */
export interface ReceiverOptions {
  /** Largest body accepted, in bytes (default 1 MiB); larger bodies get 413. */
  readonly maxBodyBytes?: number;
  /**
   * How long a streamed body may take to arrive, from when the receiver asks for it (right
   * after the request head was accepted) to its last byte (default 10 000 ms). Past it the
   * sender is answered 408 `body_timeout`, reading stops, `onError` is told, and the Node
   * adapter closes the connection. Bodies given whole (bytes, text) have no deadline.
   */
  readonly bodyTimeoutMs?: number;
  /**
   * How long the handlers of one delivery may run (default 10 000 ms). Past it the sender is
   * answered 503 at once (it retries), `handler_timeout` goes to `onError`, and the handlers'
   * `signal` aborts.
   */
  readonly handlerTimeoutMs?: number;
  /** Runs each delivery's handlers once, however often the sender repeats it. */
  readonly idempotency?: IdempotencyStore;
  /** Hands each verified delivery to a queue instead of running handlers inline. */
  readonly handoff?: DeliveryHandoff;
  /** Accept deliveries without credentials. Only for local development: anyone can forge them. */
  readonly allowUnauthenticated?: boolean;
}

/** Resolved once, at creation. */
export interface ReceiverSettings {
  readonly maxBodyBytes: number;
  readonly bodyTimeoutMs: number;
  readonly handlerTimeoutMs: number;
  readonly idempotency: IdempotencyStore | undefined;
  readonly handoff: DeliveryHandoff | undefined;
}

/** Default deadline of a delivery's handlers: well inside the senders' own timeouts. */
export const defaultHandlerTimeoutMs = 10_000;

function positiveInteger(value: number, name: string, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value <= 0 || value > max) {
    throw new TypeError(`talkable-emma-webhooks: ${name} must be a positive integer`);
  }
  return value;
}

/** Checks the shared options; a bad setup throws at creation, never at the first delivery. */
export function resolveReceiverSettings(options: ReceiverOptions): ReceiverSettings {
  return {
    maxBodyBytes: positiveInteger(options.maxBodyBytes ?? defaultMaxBodyBytes, "maxBodyBytes"),
    // setTimeout fires at once past 2^31 - 1 ms, which would turn every delivery into a timeout.
    bodyTimeoutMs: positiveInteger(
      options.bodyTimeoutMs ?? defaultBodyTimeoutMs,
      "bodyTimeoutMs",
      2 ** 31 - 1,
    ),
    handlerTimeoutMs: positiveInteger(
      options.handlerTimeoutMs ?? defaultHandlerTimeoutMs,
      "handlerTimeoutMs",
      2 ** 31 - 1,
    ),
    idempotency: options.idempotency,
    handoff: options.handoff,
  };
}

/**
 * Normalizes `text | text[]` options (keys, tokens, site slugs). An empty or whitespace-only
 * entry throws: as a key or token it would be a secret anyone can guess, as a slug a typo.
 */
export function nonBlankList(
  value: string | readonly string[] | undefined,
  what: string,
): string[] {
  const list = value === undefined ? [] : typeof value === "string" ? [value] : [...value];
  if (list.some((item) => typeof item !== "string" || item.trim() === "")) {
    throw new TypeError(
      `talkable-emma-webhooks: every ${what} must be a non-empty string, not only whitespace`,
    );
  }
  return list;
}
