import { WebhookError } from "./errors.js";
import type { HandlerContext } from "./handlers.js";

/** The sender's hang-up signal, asked for only when a handler's own signal is made. */
export type OuterSignal = () => AbortSignal | undefined;

/**
 * Runs `task` with a context whose `signal` aborts at the deadline or when `outer` aborts (the
 * sender hung up). At the deadline it rejects at once with `handler_timeout`, so the sender gets
 * a retryable answer instead of waiting. The task may still settle later: `onStart` hands it to
 * a caller that must know how it ends (the idempotency claim does).
 *
 * A task that ends synchronously (handlers that returned plain values) needs no deadline: its
 * result is returned as it is, with no timer and no promise. The signal is made only when a
 * handler reads it: an `AbortController` costs more in Node than parsing a small delivery, and
 * most handlers never look at it.
 */
export function runWithDeadline<T>(
  task: (context: HandlerContext) => T | Promise<T>,
  timeoutMs: number,
  outerSignal?: OuterSignal,
  onStart?: (running: Promise<T>) => void,
): T | Promise<T> {
  const context = new DeadlineContext(outerSignal);
  const started = performance.now();
  let running: T | Promise<T>;
  try {
    running = task(context);
  } catch (error) {
    context.settle();
    throw error;
  }
  if (!(running instanceof Promise)) {
    context.settle();
    return running;
  }
  // The deadline counts from the start, time the handlers spent before their first await too.
  const leftMs = Math.max(0, timeoutMs - (performance.now() - started));
  const timedOut = (error: WebhookError) => context.timeOut(error);
  return raceDeadline(running, { leftMs, timeoutMs }, onStart, timedOut).finally(() =>
    context.settle(),
  );
}

/**
 * The handlers' context. A class rather than an object literal with a getter: a literal's
 * getter is a new function per delivery, which gives every context its own hidden class, and
 * under load those pile up until the garbage collector spends more time than the parsing.
 */
class DeadlineContext implements HandlerContext {
  readonly #outerSignal: OuterSignal | undefined;
  #controller: AbortController | undefined;
  #outer: AbortSignal | undefined;
  #timedOut: WebhookError | undefined;
  #onOuterAbort: (() => void) | undefined;
  #settled = false;

  constructor(outerSignal: OuterSignal | undefined) {
    this.#outerSignal = outerSignal;
  }

  get signal(): AbortSignal {
    if (this.#controller) return this.#controller.signal;
    const controller = new AbortController();
    this.#controller = controller;
    const outer = this.#outerSignal?.();
    this.#outer = outer;
    if (this.#timedOut) controller.abort(this.#timedOut);
    else if (outer?.aborted) controller.abort(outer.reason);
    else if (outer && !this.#settled) {
      this.#onOuterAbort = () => controller.abort(outer.reason);
      outer.addEventListener("abort", this.#onOuterAbort, { once: true });
    }
    return controller.signal;
  }

  /** The deadline passed: a signal made from now on is aborted already. */
  timeOut(error: WebhookError): void {
    this.#timedOut = error;
    this.#controller?.abort(error);
  }

  /** The handlers ended: the sender's signal no longer needs watching. */
  settle(): void {
    this.#settled = true;
    if (this.#onOuterAbort) this.#outer?.removeEventListener("abort", this.#onOuterAbort);
  }
}

/** `running`, or `handler_timeout` once `leftMs` have passed (then `onTimeout` is told). */
async function raceDeadline<T>(
  running: Promise<T>,
  { leftMs, timeoutMs }: { readonly leftMs: number; readonly timeoutMs: number },
  onStart: ((running: Promise<T>) => void) | undefined,
  onTimeout: (error: WebhookError) => void,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new WebhookError("handler_timeout", `the handlers ran past ${timeoutMs} ms`);
      onTimeout(error);
      reject(error);
    }, leftMs);
  });
  onStart?.(running);
  // A task that loses the race may still reject later: that must not become an unhandled one.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
