import type { ServerResponse } from "node:http";
import type { IncomingDelivery } from "../core/incoming.js";
import { type NodeRequest, nodeBody } from "./read-node-body.js";

/** A signal that aborts when the connection closes before the answer was written. */
function hangUpSignal(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  if (response.destroyed && !response.writableFinished) controller.abort();
  else {
    response.once("close", () => {
      if (!response.writableFinished) controller.abort();
    });
  }
  return controller.signal;
}

/**
 * One Node request as a receiver takes it. A class rather than an object literal with a
 * getter: a literal's getter is a new function per request, which gives every request's object
 * its own hidden class, and under load the garbage collector then costs more than the parsing.
 */
export class NodeDelivery implements IncomingDelivery {
  readonly method: string;
  readonly url: string;
  readonly headers: NodeRequest["headers"];
  readonly body: IncomingDelivery["body"];
  readonly #response: ServerResponse;
  #signal: AbortSignal | undefined;

  /** `body` is for adapters that find the body elsewhere than `nodeBody(request)` does. */
  constructor(
    request: NodeRequest,
    response: ServerResponse,
    url: string,
    body: IncomingDelivery["body"] = nodeBody(request),
  ) {
    this.method = request.method ?? "GET";
    this.url = url;
    this.headers = request.headers;
    this.body = body;
    this.#response = response;
  }

  /** Made only when a handler reads its signal: an AbortController is costly in Node. */
  get signal(): AbortSignal {
    this.#signal ??= hangUpSignal(this.#response);
    return this.#signal;
  }

  hungUp(): boolean {
    return this.#response.destroyed && !this.#response.writableFinished;
  }
}
