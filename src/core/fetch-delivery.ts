import type { IncomingDelivery } from "./incoming.js";
import { readWebStream } from "./read-body.js";

/**
 * A Fetch `Request` as the receiver takes it. The request's `signal` is asked for only when a
 * handler reads its own: in Node, a `Request` makes its signal on first access, which costs as
 * much as parsing a small delivery. So a sender that hangs up is seen only by deliveries whose
 * handlers looked at their signal (and those are the only ones its abort could have stopped).
 */
export class FetchDelivery implements IncomingDelivery {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: (limit: number) => Promise<Uint8Array>;
  readonly #request: Request;
  #signal: AbortSignal | undefined;

  constructor(request: Request) {
    this.method = request.method;
    this.url = request.url;
    this.headers = request.headers;
    this.body = (limit) => readWebStream(request.body, limit);
    this.#request = request;
  }

  get signal(): AbortSignal {
    this.#signal ??= this.#request.signal;
    return this.#signal;
  }

  hungUp(): boolean {
    return this.#signal?.aborted === true;
  }
}
