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
 * The handlers of one receiver: per webhook name, for every webhook, and for errors.
 * Handlers run one after another in registration order; the first that throws stops the rest.
 */
export class HandlerRegistry {
  readonly #byName = new Map<string, StoredHandler[]>();
  readonly #any: StoredHandler[] = [];
  readonly #errors: ErrorHandler[] = [];

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

  /** Runs the named handlers, then the catch-all ones; returns what the named ones returned. */
  async run(name: string, event: unknown, context: HandlerContext): Promise<unknown[]> {
    const results: unknown[] = [];
    try {
      for (const handler of this.#byName.get(name) ?? []) {
        results.push(await (handler as CallableHandler)(event, context));
      }
      for (const handler of this.#any) await (handler as CallableHandler)(event, context);
    } catch (cause) {
      if (cause instanceof WebhookError && cause.code === "handler_timeout") throw cause;
      throw new WebhookError("handler_failed", `a handler for ${name} failed`, { cause });
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
