import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readWithDeadline } from "../core/body-deadline.js";
import { WebhookError } from "../core/errors.js";
import { readNodeStream } from "../node/read-node-body.js";

/** One request as `listen` received it: the exact body bytes and what tells vendors apart. */
export interface IncomingDelivery {
  readonly method: string;
  /** Path and query, as sent. */
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: Uint8Array;
  readonly receivedAt: Date;
}

/** What to send back. */
export interface OutgoingAnswer {
  readonly status: number;
  readonly contentType: string | null;
  readonly body: string;
}

/** How `listen` reads bodies. */
export interface ListenServerOptions {
  /** The receivers' rule: a body must have arrived this long after the head (408 past it). */
  readonly bodyTimeoutMs: number;
  /** Told of each body that ran past the deadline. */
  readonly onBodyTimeout?: (method: string, path: string) => void;
}

// Bodies above this are refused before they are buffered; the receivers' own limit is 1 MiB.
const readLimit = 8 * 1024 * 1024;

function reply(request: IncomingMessage, response: ServerResponse, answer: OutgoingAnswer): void {
  if (response.headersSent || response.destroyed) return;
  const headers: Record<string, string> =
    answer.contentType === null ? {} : { "content-type": answer.contentType };
  // As the receivers do: a request answered before its body ended cannot keep its socket.
  if (!request.complete) {
    headers["connection"] = "close";
    response.once("finish", () => request.socket.destroy());
  }
  headers["content-length"] = String(Buffer.byteLength(answer.body));
  response.writeHead(answer.status, headers).end(answer.body);
}

function refusal(error: unknown): OutgoingAnswer {
  if (!(error instanceof WebhookError)) return { status: 500, contentType: null, body: "" };
  if (error.code === "body_too_large") return { status: 413, contentType: null, body: "" };
  const body = JSON.stringify({ error: { code: error.code, message: error.message } });
  return { status: error.status, contentType: "application/json", body };
}

/** A plain Node HTTP server handing each whole request to `handle`. */
export async function startListenServer(
  port: number,
  host: string,
  handle: (delivery: IncomingDelivery) => Promise<OutgoingAnswer>,
  options: ListenServerOptions,
): Promise<{ readonly url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const receivedAt = new Date();
    const method = request.method ?? "GET";
    const path = request.url ?? "/";
    readWithDeadline(
      (limit, deadline) => readNodeStream(request, limit, deadline),
      readLimit,
      options.bodyTimeoutMs,
    )
      .then(async (body) => {
        const contentType = request.headers["content-type"];
        reply(request, response, await handle({ method, path, contentType, body, receivedAt }));
      })
      .catch((error: unknown) => {
        if (error instanceof WebhookError && error.code === "body_timeout") {
          options.onBodyTimeout?.(method, path);
        }
        reply(request, response, refusal(error));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
