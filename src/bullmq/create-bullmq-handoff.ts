import type { JobsOptions, Queue } from "bullmq";
import type { DeliveryHandoff, HandoffDelivery } from "../core/handoff.js";

/**
 * Options of {@link createBullmqHandoff}.
 *
 * @example
 * ```ts
 * const options: BullmqHandoffOptions = { jobOptions: { attempts: 12, priority: 5 } };
 * const handoff = createBullmqHandoff(queue, options);
 * ```
 */
export interface BullmqHandoffOptions {
  /**
   * Merged over the defaults ({@link defaultWebhookJobOptions}) for every job; `jobId` is
   * always the delivery id and cannot be overridden.
   */
  readonly jobOptions?: JobsOptions;
}

/**
 * What every delivery job gets unless `jobOptions` says otherwise: 8 attempts with exponential
 * backoff from 2 s (2, 4, 8 … 128 s: about 4 minutes in all); finished jobs are kept for a day,
 * so a sender's retry within that day finds the same job id and adds nothing; failed jobs stay
 * in the failed set with their error until someone retries or removes them.
 *
 * @example
 * ```ts
 * const handoff = createBullmqHandoff(queue, {
 *   jobOptions: { ...defaultWebhookJobOptions, attempts: 20 },
 * });
 * ```
 */
export const defaultWebhookJobOptions = {
  attempts: 8,
  backoff: { type: "exponential", delay: 2_000 },
  removeOnComplete: { age: 24 * 60 * 60, count: 100_000 },
  removeOnFail: false,
} as const satisfies JobsOptions;

/** The job name: the event's type (Talkable `type`, Emma `event_name`), for dashboards. */
function jobName({ vendor, event }: HandoffDelivery): string {
  const type = vendor === "talkable" ? event["type"] : event["event_name"];
  return typeof type === "string" ? type : vendor;
}

/**
 * A `handoff` for the receivers that adds each verified delivery to a BullMQ queue instead of
 * running the handlers in the request; `createWebhookWorker` runs them. The job id is the
 * delivery id (`event.id`), so a sender's retries never create a second job. It resolves once
 * Redis has acknowledged the job, and rejects when it could not be added (the receiver then
 * answers 503 and the sender retries).
 *
 * Give the queue a connection with `enableOfflineQueue: false`, so that adding fails fast
 * while Redis is unreachable instead of waiting for it.
 *
 * @example
 * ```ts
 * import { Queue } from "bullmq";
 * import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
 * import { createBullmqHandoff } from "talkable-emma-webhooks/bullmq";
 *
 * const queue = new Queue("webhooks", {
 *   connection: { host: "127.0.0.1", port: 6379, enableOfflineQueue: false },
 * });
 * const webhooks = createTalkableWebhooks({
 *   key, // from your configuration, never with a fallback value
 *   handoff: createBullmqHandoff(queue),
 * });
 * ```
 */
export function createBullmqHandoff(
  queue: Queue<HandoffDelivery>,
  options: BullmqHandoffOptions = {},
): DeliveryHandoff {
  return async (delivery) => {
    await queue.add(jobName(delivery), delivery, {
      ...defaultWebhookJobOptions,
      ...options.jobOptions,
      jobId: delivery.event.id,
    });
  };
}
