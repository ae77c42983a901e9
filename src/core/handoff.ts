/**
 * The JSON a hand-off carries: the vendor and the verified event (JSON-serializable).
 *
 * @example
 * ```ts
 * const delivery: HandoffDelivery = { vendor: "talkable", event };
 * await handoff(delivery);
 * ```
 */
export interface HandoffDelivery {
  readonly vendor: "talkable" | "emma";
  readonly event: { readonly id: string } & Record<string, unknown>;
}

/**
 * Hands a verified delivery elsewhere (a queue) instead of running handlers inline; resolves
 * once it is durable.
 *
 * @example
 * ```ts
 * import { createBullmqHandoff } from "talkable-emma-webhooks/bullmq";
 * const handoff: DeliveryHandoff = createBullmqHandoff(queue);
 * const webhooks = createTalkableWebhooks({ key, handoff });
 * ```
 */
export type DeliveryHandoff = (delivery: HandoffDelivery) => Promise<void>;

/**
 * What a worker needs of a receiver.
 *
 * @example
 * ```ts
 * const runner: EventRunner = createTalkableWebhooks({ key });
 * await runner.run(job.data.event, { signal });
 * ```
 */
export interface EventRunner {
  run(event: unknown, options?: { readonly signal?: AbortSignal }): Promise<unknown>;
}
