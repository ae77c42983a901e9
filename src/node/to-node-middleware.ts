import type { ServerResponse } from "node:http";
import { type NodeRequest, toFetchRequest } from "./to-fetch-request.js";

/** Anything with a Fetch `handle`: the Talkable and Emma receivers both are. */
export interface FetchReceiver {
  handle(request: Request): Promise<Response>;
}

/** Options of {@link toNodeMiddleware}. */
export interface NodeMiddlewareOptions {
  /** Only requests to this path are handled; others go to `next` (or get 404 without one). */
  readonly path?: string;
}

/** A Node `http` request listener that is also an Express middleware. */
export type NodeMiddleware = (
  request: NodeRequest,
  response: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

async function writeResponse(
  answer: Response,
  request: NodeRequest,
  response: ServerResponse,
): Promise<void> {
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => response.setHeader(name, value));
  // Answered before the body fully arrived (a 413, or a refusal that never read it): the rest
  // is discarded, and the connection cannot carry another request, so the sender must not reuse it.
  if (!request.complete) response.setHeader("connection", "close");
  const body = Buffer.from(await answer.arrayBuffer());
  response.end(body);
}

function notFound(response: ServerResponse): void {
  response.statusCode = 404;
  response.setHeader("content-type", "application/json");
  response.end(JSON.stringify({ error: { code: "not_found", message: "no receiver here" } }));
}

/**
 * Adapts a receiver to Node's `http.createServer` and to Express. It only translates: the
 * request becomes a Fetch `Request` (from the untouched stream, or from whatever a body parser
 * already produced: a Buffer, a string, or a parsed urlencoded/JSON object), and the receiver's
 * `Response` is written back. Limits, authentication and answers are the receiver's.
 *
 * @example
 * ```ts
 * import express from "express";
 * import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
 * import { toNodeMiddleware } from "talkable-emma-webhooks/node";
 *
 * const webhooks = createTalkableWebhooks({ key: process.env.TALKABLE_KEY ?? "" });
 * const app = express();
 * app.post("/webhooks/talkable", toNodeMiddleware(webhooks));
 * app.listen(3000);
 * ```
 */
export function toNodeMiddleware(
  receiver: FetchReceiver,
  options: NodeMiddlewareOptions = {},
): NodeMiddleware {
  return async (request, response, next) => {
    try {
      const url = new URL(request.originalUrl ?? request.url ?? "/", "http://localhost");
      if (options.path !== undefined && url.pathname !== options.path) {
        if (next) next();
        else notFound(response);
        return;
      }
      await writeResponse(await receiver.handle(toFetchRequest(request)), request, response);
    } catch (error) {
      // Only a broken socket gets here: the receiver itself answers every failure.
      if (next) next(error);
      else if (!response.headersSent) {
        response.statusCode = 500;
        response.end();
      } else response.destroy();
    }
  };
}
