import type { DriftReport } from "./drift.js";
import { WebhookError } from "./errors.js";

/**
 * What every handler gets beside the event.
 *
 * @example
 * ```ts
 * import type { HandlerContext } from "talkable-emma-webhooks/talkable";
 * async function credit(context: HandlerContext) {
 *   await fetch("https://ledger.example/credit", { method: "POST", signal: context.signal });
 * }
 * ```
 */
export interface HandlerContext {
  /**
   * Aborts when the handlers run past the receiver's `handlerTimeoutMs` (the sender has then
   * been answered 503 and will retry) or when the sender hangs up. Pass it to `fetch`, database
   * calls and anything else that can stop early.
   */
  readonly signal: AbortSignal;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === "object" || typeof value === "function") &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

function handlerFailure(name: string, cause: unknown): WebhookError {
  if (cause instanceof WebhookError && cause.code === "handler_timeout") return cause;
  return new WebhookError("handler_failed", `a handler for ${name} failed`, { cause });
}

/** Where {@link HandlerRegistry.run} stood when a handler first returned a thenable. */
interface PendingRun {
  readonly name: string;
  readonly all: readonly StoredHandler[];
  readonly namedCount: number;
  readonly total: number;
  readonly results: unknown[];
  readonly event: unknown;
  readonly context: HandlerContext;
}

/** A handler as stored: its exact event type is checked where it is registered. */
type StoredHandler = (event: never, context: HandlerContext) => unknown;
type CallableHandler = (event: unknown, context: HandlerContext) => unknown;

/**
 * Called with every refused or failed delivery; what it throws is ignored.
 *
 * @example
 * ```ts
 * import type { ErrorHandler } from "talkable-emma-webhooks/talkable";
 * const log: ErrorHandler = (error) => console.warn(error.code, error.message);
 * ```
 */
export type ErrorHandler = (error: WebhookError) => void | Promise<void>;

/**
 * Called after a delivery was answered 2xx with what it carries that the spec does not
 * describe; what it throws is ignored, and it never changes or delays the answer.
 *
 * @example
 * ```ts
 * import type { DriftHandler } from "talkable-emma-webhooks/talkable";
 * const log: DriftHandler = ({ type, findings }) => console.warn(type, findings.length);
 * ```
 */
export type DriftHandler<R = DriftReport> = (report: R) => void | Promise<void>;

/**
 * The handlers of one receiver: per webhook name, for every webhook, and for errors.
 * Handlers run one after another in registration order; the first that throws stops the rest.
 */
export class HandlerRegistry {
  readonly #byName = new Map<string, StoredHandler[]>();
  readonly #any: StoredHandler[] = [];
  readonly #errors: ErrorHandler[] = [];
  readonly #drift: DriftHandler[] = [];

  add(name: string, handler: StoredHandler): void {
    const list = this.#byName.get(name);
    if (list) list.push(handler);
    else this.#byName.set(name, [handler]);
  }

  addAny(handler: StoredHandler): void {
    this.#any.push(handler);
  }

  addError(handler: ErrorHandler): void {
    this.#errors.push(handler);
  }

  addDrift(handler: DriftHandler): void {
    this.#drift.push(handler);
  }

  /** Whether any drift handler listens: without one, no drift is ever computed. */
  get drifts(): boolean {
    return this.#drift.length > 0;
  }

  /**
   * Tells every drift handler at once: one that fails or never settles reaches neither the
   * answer nor the other drift handlers. Settles when they all have.
   */
  async reportDrift(report: DriftReport): Promise<void> {
    await Promise.allSettled(this.#drift.map(async (handler) => handler(report)));
  }

  /** Whether any error handler would hear a report (asking what to report can cost). */
  get reports(): boolean {
    return this.#errors.length > 0;
  }

  /**
   * Runs the named handlers, then the catch-all ones; gives what the named ones returned.
   * While handlers return plain values it stays synchronous (no promise, no deadline timer is
   * needed for work that has already ended); from the first thenable on, it awaits each in turn.
   */
  run(name: string, event: unknown, context: HandlerContext): unknown[] | Promise<unknown[]> {
    const named = this.#byName.get(name) ?? [];
    const all = this.#any.length === 0 ? named : [...named, ...this.#any];
    // The handlers registered when the delivery arrived: one added meanwhile waits for the next.
    const namedCount = named.length;
    const total = all.length;
    const results: unknown[] = [];
    try {
      for (let index = 0; index < total; index += 1) {
        const result = (all[index] as CallableHandler)(event, context);
        if (isThenable(result)) {
          const rest = { name, all, namedCount, total, results, event, context };
          return this.#finish(rest, index, result);
        }
        if (index < namedCount) results.push(result);
      }
    } catch (cause) {
      throw handlerFailure(name, cause);
    }
    return results;
  }

  /** The rest of {@link run} once a handler returned a thenable. */
  async #finish(run: PendingRun, from: number, pending: PromiseLike<unknown>): Promise<unknown[]> {
    const { name, all, namedCount, total, results, event, context } = run;
    try {
      const first = await pending;
      if (from < namedCount) results.push(first);
      for (let index = from + 1; index < total; index += 1) {
        const result = await (all[index] as CallableHandler)(event, context);
        if (index < namedCount) results.push(result);
      }
    } catch (cause) {
      throw handlerFailure(name, cause);
    }
    return results;
  }

  /** Tells every error handler; an error handler that fails cannot break the answer. */
  async report(error: WebhookError): Promise<void> {
    for (const handler of this.#errors) {
      try {
        await handler(error);
      } catch {
        // Reporting is best effort: the delivery's answer is already decided.
      }
    }
  }
}
