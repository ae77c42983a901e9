import { type Job, UnrecoverableError, Worker, type WorkerOptions } from "bullmq";
import { WebhookError, packageName } from "../core/errors.js";
import type { EventRunner, HandoffDelivery } from "../core/handoff.js";

/**
 * One runner for every delivery, or one per vendor (a missing vendor fails its jobs).
 *
 * @example
 * ```ts
 * const runners: WebhookRunners = { talkable: talkableWebhooks, emma: emmaWebhooks };
 * const worker = createWebhookWorker(runners, "webhooks", { connection });
 * ```
 */
export type WebhookRunners =
  EventRunner | { readonly talkable?: EventRunner; readonly emma?: EventRunner };

function isRunner(runners: WebhookRunners): runners is EventRunner {
  return typeof (runners as Partial<EventRunner>).run === "function";
}

/** A job someone else put in the queue cannot succeed by retrying: it fails at once. */
function deliveryOf(data: unknown): HandoffDelivery {
  const { vendor, event } = (data ?? {}) as Partial<Record<string, unknown>>;
  const id = (event as Partial<Record<string, unknown>> | null | undefined)?.["id"];
  if ((vendor !== "talkable" && vendor !== "emma") || typeof id !== "string") {
    throw new UnrecoverableError(`${packageName}: the job's data is not a webhook delivery`);
  }
  return data as HandoffDelivery;
}

/**
 * A 4xx from `run` means the event itself was refused (it no longer passes the checks, e.g.
 * after an upgrade): no retry can change that. 409 (another run holds the claim) is retryable.
 */
function retryable(error: unknown): boolean {
  if (!(error instanceof WebhookError)) return true;
  return error.status >= 500 || [409, 499].includes(error.status);
}

/**
 * A BullMQ `Worker` that runs the deliveries `createBullmqHandoff` queued: it picks the runner
 * (a receiver) by `delivery.vendor` and calls `runner.run(event, { signal })`. The signal
 * aborts when the job is cancelled (`worker.cancelJob(id)`) or when the worker loses the job's
 * lock (BullMQ's `lockRenewalFailed`: another worker may run the job now).
 *
 * A run that throws fails the attempt and BullMQ retries it with the job's backoff; once the
 * attempts are exhausted the job stays in the failed set with its error
 * (`queue.getFailed()`, `job.failedReason`, `job.stacktrace`) until you run it again:
 * `job.retry("failed", { resetAttemptsMade: true })` (a plain `job.retry()` is one attempt).
 * These fail at once, without retries: a run that throws a 4xx `WebhookError` (the event is
 * refused, e.g. `invalid_payload`; except 409), a delivery for a vendor without a runner, and
 * a job that is not a delivery.
 *
 * Listen to the worker's `error` event: an `EventEmitter` without an `error` listener throws.
 *
 * @example
 * ```ts
 * import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
 * import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
 * import { createWebhookWorker } from "talkable-emma-webhooks/bullmq";
 *
 * const worker = createWebhookWorker(
 *   { talkable: talkableWebhooks, emma: emmaWebhooks },
 *   "webhooks",
 *   { connection: { host: "127.0.0.1", port: 6379 }, concurrency: 10 },
 * );
 * worker.on("error", (error) => console.error(error));
 * worker.on("failed", (job, error) => console.warn(job?.id, error.message));
 * ```
 */
export function createWebhookWorker(
  runners: WebhookRunners,
  queueName: string,
  options: WorkerOptions,
): Worker<HandoffDelivery, void> {
  // Three declared parameters: BullMQ only creates the AbortSignal for processors that take one.
  const processor = async (
    job: Job<HandoffDelivery, void>,
    _token?: string,
    signal?: AbortSignal,
  ): Promise<void> => {
    const { vendor, event } = deliveryOf(job.data);
    const runner = isRunner(runners) ? runners : runners[vendor];
    if (runner === undefined) {
      throw new UnrecoverableError(`${packageName}: this worker has no runner for ${vendor}`);
    }
    try {
      await runner.run(event, signal === undefined ? {} : { signal });
    } catch (error) {
      if (retryable(error)) throw error;
      const { message } = error as WebhookError;
      throw Object.assign(new UnrecoverableError(message), { cause: error });
    }
  };
  const worker = new Worker<HandoffDelivery, void>(queueName, processor, options);
  worker.on("lockRenewalFailed", (jobIds) => {
    for (const id of jobIds) worker.cancelJob(id, "the worker lost the job's lock");
  });
  return worker;
}
