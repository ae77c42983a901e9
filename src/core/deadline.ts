import { WebhookError } from "./errors.js";

/**
 * Runs `task` with a signal that aborts at the deadline or when `outer` aborts (the sender hung
 * up). At the deadline it rejects at once with `handler_timeout`, so the sender gets a retryable
 * answer instead of waiting; the task may still settle later, and what it does then is ignored.
 */
export async function runWithDeadline<T>(
  task: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  outer?: AbortSignal,
): Promise<T> {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener("abort", onOuterAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new WebhookError("handler_timeout", `the handlers ran past ${timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  const running = task(controller.signal);
  // A task that loses the race may still reject later: that must not become an unhandled one.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener("abort", onOuterAbort);
  }
}
