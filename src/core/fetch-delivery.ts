import type { BodyReader, IncomingDelivery } from "./incoming.js";
import { readWebStream } from "./read-body.js";

/**
 * What a Fetch runtime gives a request handler beside the request: Cloudflare Workers' `ctx`
 * (and Vercel's, Netlify's) has `waitUntil`, which keeps the isolate alive for drift reports
 * after the answer went out.
 *
 * @example
 * ```ts
 * import type { HandleContext } from "talkable-emma-webhooks/talkable";
 * const context: HandleContext = { waitUntil: (work) => void work };
 * ```
 */
export interface HandleContext {
  waitUntil?(work: Promise<unknown>): void;
}

/**
 * A Fetch `Request` as the receiver takes it. The request's `signal` is asked for only when it
 * is needed: in Node a `Request` makes its signal on first access, which costs as much as
 * parsing a small delivery. It is needed when a handler reads its own signal, and after the
 * handlers when someone listens for reports (`onError`) or the handlers failed.
 */
export class FetchDelivery implements IncomingDelivery {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: BodyReader;
  readonly waitUntil: ((work: Promise<unknown>) => void) | undefined;
  readonly #request: Request;

  constructor(request: Request, context?: HandleContext) {
    this.method = request.method;
    this.url = request.url;
    this.headers = request.headers;
    this.body = (limit, deadline) => readWebStream(request.body, limit, deadline);
    // Bound here: a Worker's `ctx.waitUntil` must be called on its context.
    this.waitUntil = context?.waitUntil ? (work) => context.waitUntil?.(work) : undefined;
    this.#request = request;
  }

  /** The request keeps the signal it makes: asking again costs nothing more. */
  get signal(): AbortSignal {
    return this.#request.signal;
  }

  hungUp(): boolean {
    return this.signal.aborted;
  }
}
