import type { ServerResponse } from "node:http";
import type { WebhookAnswer } from "../core/answer.js";
import type { IncomingDelivery } from "../core/incoming.js";
import { NodeDelivery } from "./node-delivery.js";
import type { NodeRequest } from "./read-node-body.js";

/**
 * Anything that answers a delivery given as method, URL, headers and body: the Talkable and
 * Emma receivers both are.
 *
 * @example
 * ```ts
 * import type { WebhookReceiver } from "talkable-emma-webhooks/node";
 * import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
 * const receiver: WebhookReceiver = createEmmaWebhooks({ token: process.env["EMMA_TOKEN"]! });
 * ```
 */
export interface WebhookReceiver {
  receive(delivery: IncomingDelivery): Promise<WebhookAnswer>;
}

/**
 * Options of {@link toNodeMiddleware}.
 *
 * @example
 * ```ts
 * import type { NodeMiddlewareOptions } from "talkable-emma-webhooks/node";
 * const options: NodeMiddlewareOptions = { path: "/webhooks/talkable" };
 * ```
 */
export interface NodeMiddlewareOptions {
  /** Only requests to this path are handled; others go to `next` (or get 404 without one). */
  readonly path?: string;
}

/**
 * A Node `http` request listener that is also an Express middleware.
 *
 * @example
 * ```ts
 * import { createServer } from "node:http";
 * import type { NodeMiddleware } from "talkable-emma-webhooks/node";
 * declare const middleware: NodeMiddleware;
 * createServer((request, response) => void middleware(request, response));
 * ```
 */
export type NodeMiddleware = (
  request: NodeRequest,
  response: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

const notFound: WebhookAnswer = {
  status: 404,
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ error: { code: "not_found", message: "no receiver here" } }),
};

function writeAnswer(answer: WebhookAnswer, request: NodeRequest, response: ServerResponse): void {
  if (response.headersSent || response.destroyed) return;
  const headers: Record<string, string> = { ...answer.headers };
  // Answered before the body fully arrived (a 413, a 408, or a refusal that never read it): the
  // connection cannot carry another request, so it is closed once the answer is flushed, and a
  // sender still trickling bytes (a 408 is answered to one) cannot keep the socket.
  if (!request.complete) {
    headers["connection"] = "close";
    response.once("finish", () => request.socket.destroy());
  }
  headers["content-length"] = answer.body === "" ? "0" : String(Buffer.byteLength(answer.body));
  response.writeHead(answer.status, headers);
  // An empty chunk would still go through the write path: end() alone sends the head only.
  if (answer.body === "") response.end();
  else response.end(answer.body);
}

const base = "http://localhost";

function pathOf(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

/**
 * Adapts a receiver to Node's `http.createServer` and to Express. It only translates: the
 * request's method, URL, headers and body (the untouched stream, read under the receiver's
 * limit, or the raw bytes a framework kept) go to the receiver's `receive`, and its answer is
 * written straight back: no Fetch `Request` or `Response` in between. Every failure is the
 * receiver's JSON answer; nothing is passed to Express's error handler.
 *
 * @example
 * ```ts
 * import express from "express";
 * import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
 * import { toNodeMiddleware } from "talkable-emma-webhooks/node";
 *
 * const webhooks = createTalkableWebhooks({ key: process.env["TALKABLE_KEY"]! });
 * const app = express();
 * app.all("/webhooks/talkable", toNodeMiddleware(webhooks));
 * app.listen(3000);
 * ```
 */
export function toNodeMiddleware(
  receiver: WebhookReceiver,
  options: NodeMiddlewareOptions = {},
): NodeMiddleware {
  return async (request, response, next) => {
    const url = request.originalUrl ?? request.url ?? "/";
    // A target no URL parser accepts goes to the receiver, which answers it 400 and reports it.
    if (options.path !== undefined && pathOf(url) !== options.path && URL.canParse(url, base)) {
      if (next) next();
      else writeAnswer(notFound, request, response);
      return;
    }
    const answer = await receiver.receive(new NodeDelivery(request, response, url));
    writeAnswer(answer, request, response);
  };
}
