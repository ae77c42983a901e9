import type { WebhookAnswer } from "./answer.js";
import type { DriftFinding } from "./drift.js";
import type { RequestHead } from "./incoming.js";

/** A verified event before the core gives it its delivery id. */
export interface ParsedDelivery<E> {
  /** The event without `id`. */
  readonly event: Omit<E, "id">;
  /** What the delivery id is the hash of: vendor, name, site and the payload text as received. */
  readonly idParts: readonly (string | undefined)[];
}

/**
 * What one vendor plugs into the one receiver mechanism: everything that differs between
 * Talkable and Emma, and nothing else.
 */
export interface VendorFlow<E extends { readonly id: string }> {
  readonly vendor: "talkable" | "emma";
  readonly mediaType: string;
  /** Checks credentials the URL or headers carry, before the body is read; throws 401. */
  authenticateHead(head: RequestHead): void;
  /** Authenticates what the body carries, parses and validates it; throws `WebhookError`. */
  parse(body: string, head: RequestHead): ParsedDelivery<E>;
  /** Checks an event that comes back from a queue before its handlers run on it again. */
  recheck(event: unknown): E;
  /** The name handlers are registered under (`type` or `event_name`). */
  nameOf(event: E): string;
  /** A question (Check Unsubscribe) is answered inline: never deduplicated, never queued. */
  isQuestion(event: E): boolean;
  /** Builds the 2xx answer from what the event's own handlers returned, per the spec. */
  answer(event: E, results: readonly unknown[]): WebhookAnswer;
  /** What the event carries that the spec does not describe (only asked when someone listens). */
  drift(
    event: E,
  ): Promise<{ readonly findings: readonly DriftFinding[]; readonly truncated: boolean }>;
}
