import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import express, { type RequestHandler } from "express";
import { Hono } from "hono";
import { type WebhookReceiver, toNodeMiddleware } from "talkable-emma-webhooks/node";

/** A receiver both adapters take: `receive` (Node) and `handle` (Fetch). */
export type FetchReceiver = WebhookReceiver & { handle(request: Request): Promise<Response> };

/** The path every test server receives webhooks on. */
export const webhookPath = "/webhooks";

/** A server listening on 127.0.0.1 with a port the OS chose. */
export interface RunningServer {
  /** `http://127.0.0.1:<port>` followed by {@link webhookPath}. */
  readonly url: string;
  close(): Promise<void>;
}

/** The servers every integration test runs against. */
export type ServerKind = "node-http" | "express" | "hono";

export const serverKinds: readonly ServerKind[] = ["node-http", "express", "hono"];

function listen(server: Server): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(running(server)));
  });
}

function running(server: Server): RunningServer {
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${webhookPath}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Node's own `http.createServer` with the middleware as the whole request listener. */
export function startNodeServer(receiver: FetchReceiver): Promise<RunningServer> {
  const middleware = toNodeMiddleware(receiver, { path: webhookPath });
  // The middleware answers every failure itself; its promise is only there to be awaited.
  return listen(createServer((request, response) => void middleware(request, response)));
}

/**
 * Express 5 with the middleware on the webhook route, after `parsers` (body parsers the app
 * may have installed before it, which consume the stream).
 */
export function startExpressServer(
  receiver: FetchReceiver,
  parsers: readonly RequestHandler[] = [],
): Promise<RunningServer> {
  const app = express();
  app.all(webhookPath, ...parsers, toNodeMiddleware(receiver));
  return listen(createServer(app));
}

/** Hono on @hono/node-server: a Fetch server handing the raw `Request` to the receiver. */
export function startHonoServer(receiver: FetchReceiver): Promise<RunningServer> {
  const app = new Hono();
  app.all(webhookPath, (context) => receiver.handle(context.req.raw));
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () =>
      resolve(running(server as Server)),
    );
    server.once("error", reject);
  });
}

/** Starts the server of one kind. */
export function startServer(kind: ServerKind, receiver: FetchReceiver): Promise<RunningServer> {
  if (kind === "express") return startExpressServer(receiver);
  if (kind === "hono") return startHonoServer(receiver);
  return startNodeServer(receiver);
}
