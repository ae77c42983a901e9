/**
 * The JSON a hand-off carries: the vendor and the verified event (JSON-serializable).
 *
 * @example
 * ```ts
 * import type { HandoffDelivery } from "talkable-emma-webhooks/bullmq";
 * const describe = (delivery: HandoffDelivery) => `${delivery.vendor} ${delivery.event.id}`;
 * ```
 */
export interface HandoffDelivery {
  readonly vendor: "talkable" | "emma";
  readonly event: { readonly id: string } & Readonly<Record<string, unknown>>;
}

/**
 * Hands a verified delivery elsewhere (a queue) instead of running handlers inline; resolves
 * once it is durable, and only then does the receiver answer 2xx.
 *
 * @example
 * ```ts
 * import type { DeliveryHandoff } from "talkable-emma-webhooks/bullmq";
 * const log: DeliveryHandoff = async (delivery) => console.log(delivery.event.id);
 * ```
 */
export type DeliveryHandoff = (delivery: HandoffDelivery) => Promise<void>;

/**
 * What a worker needs of a receiver: run the handlers on an event taken from a queue.
 *
 * @example
 * ```ts
 * import type { EventRunner } from "talkable-emma-webhooks/bullmq";
 * const runner: EventRunner = { run: async (event) => console.log(event) };
 * ```
 */
export interface EventRunner {
  run(event: unknown, options?: { readonly signal?: AbortSignal }): Promise<unknown>;
}
