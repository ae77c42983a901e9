import { type DeadlineTimer, startDeadlineTimer } from "./deadline-timer.js";
import { WebhookError } from "./errors.js";

/**
 * Default deadline of a body. Talkable and Emma bodies are a few kilobytes sent in one write, so
 * they arrive in milliseconds; 10 s still lets a body of the whole default `maxBodyBytes` (1 MiB)
 * in at about 105 kB/s, and holds a socket 30 times shorter than Node's own `requestTimeout`.
 */
export const defaultBodyTimeoutMs = 10_000;

/** The error every body that ran past its deadline gets, whichever way it came in. */
export const bodyTimedOut = (timeoutMs: number) =>
  new WebhookError("body_timeout", `the body did not arrive within ${timeoutMs} ms`);

/**
 * The deadline a body reader must stop at. The receiver arms it when it asks for the body (the
 * request head was accepted, so the first body byte is due) and, once `timeoutMs` have passed,
 * answers 408 `body_timeout` whether or not the reader stopped; the reader must then stop
 * reading and let go of what it holds (a stream, a socket).
 *
 * @example
 * ```ts
 * import { text } from "node:stream/consumers";
 * import type { IncomingMessage } from "node:http";
 * import type { BodyReader } from "talkable-emma-webhooks/talkable";
 * declare const request: IncomingMessage;
 * const body: BodyReader = (_limit, deadline) => {
 *   deadline.onTimeout((error) => request.destroy(error)); // stop reading, free the socket
 *   return text(request);
 * };
 * ```
 */
export interface BodyDeadline {
  /** The receiver's `bodyTimeoutMs`. */
  readonly timeoutMs: number;
  /** Aborts at the deadline, with the `body_timeout` `WebhookError` as its reason. */
  readonly signal: AbortSignal;
  /**
   * Calls `stop` once, at the deadline (at once if it passed already). Cheaper than listening
   * to `signal` where an `AbortSignal` is costly to make (Node): the signal is made only when
   * read.
   */
  onTimeout(stop: (error: WebhookError) => void): void;
}

/**
 * One armed deadline. A class rather than an object literal with a getter: a literal's getter
 * is a new function per delivery, which gives each its own hidden class (see ARCHITECTURE.md).
 */
class ArmedDeadline implements BodyDeadline {
  readonly timeoutMs: number;
  readonly #timer: DeadlineTimer;
  /** What the timer calls; also the deadline's claim on it (see {@link DeadlineTimer}). */
  readonly #onTimer = () => this.#expire();
  readonly #fail: (error: WebhookError) => void;
  #controller: AbortController | undefined;
  #stops: ((error: WebhookError) => void)[] | undefined;
  #expired: WebhookError | undefined;

  constructor(timeoutMs: number, fail: (error: WebhookError) => void) {
    this.timeoutMs = timeoutMs;
    this.#fail = fail;
    this.#timer = startDeadlineTimer(timeoutMs, this.#onTimer);
  }

  get signal(): AbortSignal {
    if (this.#controller) return this.#controller.signal;
    const controller = new AbortController();
    this.#controller = controller;
    if (this.#expired) controller.abort(this.#expired);
    return controller.signal;
  }

  onTimeout(stop: (error: WebhookError) => void): void {
    if (this.#expired) stop(this.#expired);
    else (this.#stops ??= []).push(stop);
  }

  /** The body ended (or failed) in time: nothing is called any more. */
  clear(): void {
    this.#timer.release(this.#onTimer);
    this.#stops = undefined;
  }

  #expire(): void {
    const error = bodyTimedOut(this.timeoutMs);
    this.#expired = error;
    this.#fail(error);
    const stops = this.#stops ?? [];
    this.#stops = undefined;
    for (const stop of stops) {
      try {
        stop(error);
      } catch {
        // A reader that fails to stop cannot change the answer: the receiver gave it already.
      }
    }
    this.#controller?.abort(error);
  }
}

/**
 * Runs `read` under a deadline of `timeoutMs`: resolves with what it read in time, or rejects
 * with `body_timeout` the moment the deadline passes (the reader is told through its
 * {@link BodyDeadline}); a reader that ignores it cannot delay the answer.
 */
export function readWithDeadline<T>(
  read: (limit: number, deadline: BodyDeadline) => T | Promise<T>,
  limit: number,
  timeoutMs: number,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const deadline = new ArmedDeadline(timeoutMs, reject);
    const settled = (value: T) => {
      deadline.clear();
      resolve(value);
    };
    const failed = (error: unknown) => {
      deadline.clear();
      // Whatever the reader failed with, passed on as it is (readBodyText maps it).
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      reject(error);
    };
    // One promise of its own on the hot path, not a chain: a reader that throws at once fails
    // like one that rejects.
    try {
      Promise.resolve(read(limit, deadline)).then(settled, failed);
    } catch (error) {
      failed(error);
    }
  });
}
