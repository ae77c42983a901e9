import { WebhookError } from "./errors.js";

/** A handler as stored: its exact event type is checked where it is registered. */
type StoredHandler = (event: never) => unknown;

/** Called with every refused or failed delivery; what it throws is ignored. */
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
  async run(name: string, event: unknown): Promise<unknown[]> {
    const results: unknown[] = [];
    try {
      for (const handler of this.#byName.get(name) ?? []) {
        results.push(await (handler as (event: unknown) => unknown)(event));
      }
      for (const handler of this.#any) await (handler as (event: unknown) => unknown)(event);
    } catch (cause) {
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
