import { WebhookError } from "./errors.js";
import type { HandlerContext } from "./handlers.js";

/**
 * Runs `task` with a context whose `signal` aborts at the deadline or when `outer` aborts (the
 * sender hung up). At the deadline it rejects at once with `handler_timeout`, so the sender gets
 * a retryable answer instead of waiting. The task may still settle later: `onStart` hands it to
 * a caller that must know how it ends (the idempotency claim does).
 *
 * The signal is made only when a handler reads it: an `AbortController` costs more in Node than
 * parsing a small delivery, and most handlers never look at it.
 */
/** The sender's hang-up signal, asked for only when a handler's own signal is made. */
export type OuterSignal = () => AbortSignal | undefined;

export async function runWithDeadline<T>(
  task: (context: HandlerContext) => Promise<T>,
  timeoutMs: number,
  outerSignal?: OuterSignal,
  onStart?: (running: Promise<T>) => void,
): Promise<T> {
  let controller: AbortController | undefined;
  let outer: AbortSignal | undefined;
  let timedOut: WebhookError | undefined;
  let settled = false;
  const onOuterAbort = () => controller?.abort(outer?.reason);
  const context: HandlerContext = {
    get signal() {
      if (controller) return controller.signal;
      controller = new AbortController();
      outer = outerSignal?.();
      if (timedOut) controller.abort(timedOut);
      else if (outer?.aborted) controller.abort(outer.reason);
      else if (!settled) outer?.addEventListener("abort", onOuterAbort, { once: true });
      return controller.signal;
    },
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      timedOut = new WebhookError("handler_timeout", `the handlers ran past ${timeoutMs} ms`);
      controller?.abort(timedOut);
      reject(timedOut);
    }, timeoutMs);
  });
  const running = task(context);
  onStart?.(running);
  // A task that loses the race may still reject later: that must not become an unhandled one.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, deadline]);
  } finally {
    settled = true;
    clearTimeout(timer);
    outer?.removeEventListener("abort", onOuterAbort);
  }
}
