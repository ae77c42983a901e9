import type { BodyReader, IncomingDelivery } from "./incoming.js";
import { readWebStream } from "./read-body.js";

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
  readonly #request: Request;

  constructor(request: Request) {
    this.method = request.method;
    this.url = request.url;
    this.headers = request.headers;
    this.body = (limit, deadline) => readWebStream(request.body, limit, deadline);
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
