import { type WebhookAnswer, emptyAnswer } from "./answer.js";
import { WebhookError } from "./errors.js";
import type { IdempotencyStore } from "./idempotency.js";

/** The answer to a delivery an idempotency store says is done: told apart by identity. */
export const alreadyDone: WebhookAnswer = { ...emptyAnswer };

/** Runs the handlers; `onStart` is given their promise once they run asynchronously. */
type RunHandlers = (
  onStart: (running: Promise<unknown>) => void,
) => WebhookAnswer | Promise<WebhookAnswer>;

/**
 * Runs a delivery's handlers at most once across processes: under the store's claim on its id,
 * answered {@link alreadyDone} when it already ran, 409 `delivery_in_progress` while another run
 * holds the claim. The claim is completed once the handlers succeed and released when they fail.
 */
export async function runClaimed(
  store: IdempotencyStore,
  id: string,
  leaseMs: number,
  run: RunHandlers,
  report: (error: WebhookError) => Promise<void>,
): Promise<WebhookAnswer> {
  const claim = await store.claim(id, { leaseMs });
  if (claim.status === "done") return alreadyDone;
  if (claim.status === "busy") {
    throw new WebhookError("delivery_in_progress", "this delivery is being handled elsewhere");
  }
  let answer: WebhookAnswer;
  let running: Promise<unknown> | undefined;
  try {
    answer = await run((task) => {
      running = task;
    });
  } catch (error) {
    if (running && error instanceof WebhookError && error.code === "handler_timeout") {
      // Answered 503 at the deadline, but a handler may still be finishing its side effect:
      // the claim stays until the handlers settle (retries meanwhile get 409), then records
      // how they ended, so a late success is never run a second time.
      void running.then(
        () => claim.complete().catch(() => undefined),
        () => claim.release().catch(() => undefined),
      );
    } else await claim.release().catch(() => undefined);
    throw error;
  }
  // The handlers succeeded: the sender is answered 2xx even if recording that fails (a retry
  // would run them again), and the failure is reported.
  await claim.complete().catch((cause: unknown) => {
    const message = "the delivery ran, but the idempotency store could not record it";
    return report(new WebhookError("handler_failed", message, { cause }));
  });
  return answer;
}
