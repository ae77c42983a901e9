import "reflect-metadata";
import { type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import koaBodyParser from "@koa/bodyparser";
import { All, Controller, Module, Req, Res } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import type { NestExpressApplication } from "@nestjs/platform-express";
import Fastify from "fastify";
import Koa from "koa";
import legacyKoaBodyParser from "koa-bodyparser";
import { toLambdaHandler } from "talkable-emma-webhooks/aws-lambda";
import { fastifyWebhooks } from "talkable-emma-webhooks/fastify";
import { toKoaMiddleware } from "talkable-emma-webhooks/koa";
import {
  type NodeRequest,
  type WebhookReceiver,
  toNodeMiddleware,
} from "talkable-emma-webhooks/node";
import { type LambdaEventFormat, createLambdaShim } from "./lambda-shim.js";
import {
  type FetchReceiver,
  type RunningServer,
  type ServerKind,
  serverKinds,
  startServer,
  webhookPath,
} from "./servers.js";

/** The servers of the framework adapters, each on 127.0.0.1 with a port the OS chose. */
export type AdapterKind =
  | "fastify"
  | "koa"
  | "koa + koa-bodyparser"
  | "koa + @koa/bodyparser"
  | "lambda rest-v1"
  | "lambda http-v2"
  | "nest";

/** What differs between the ways in, so that one table of tests serves them all. */
export interface AdapterTraits {
  /**
   * The receiver reads the request stream itself: a body over the limit is refused while it
   * is still arriving, and a sender hanging up mid-body is the receiver's to report. Behind
   * API Gateway the platform buffers the body; in Nest its body parser (`rawBody: true`) does.
   */
  readonly streams: boolean;
  /** The 413 answer is the receiver's JSON (Nest's body parser refuses first, in its words). */
  readonly ownsLimitAnswer: boolean;
}

export const adapterTraits: Readonly<Record<AdapterKind, AdapterTraits>> = {
  fastify: { streams: true, ownsLimitAnswer: true },
  koa: { streams: true, ownsLimitAnswer: true },
  "koa + koa-bodyparser": { streams: false, ownsLimitAnswer: false },
  "koa + @koa/bodyparser": { streams: false, ownsLimitAnswer: false },
  "lambda rest-v1": { streams: false, ownsLimitAnswer: true },
  "lambda http-v2": { streams: false, ownsLimitAnswer: true },
  nest: { streams: false, ownsLimitAnswer: false },
};

export const adapterKinds = Object.keys(adapterTraits) as readonly AdapterKind[];

function running(server: Server, close?: () => Promise<void>): RunningServer {
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${webhookPath}`,
    close:
      close ??
      (() =>
        new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        })),
  };
}

function listen(server: Server): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(running(server)));
  });
}

/**
 * Fastify 5 with the plugin on the webhook route, beside a JSON route of the app's own
 * (`POST /app/echo`), which must keep Fastify's JSON parsing.
 */
export async function startFastifyServer(
  receiver: WebhookReceiver,
  options: { bodyLimit?: number } = {},
): Promise<RunningServer> {
  const app = Fastify();
  app.post("/app/echo", (request) => ({ echoed: request.body }));
  await app.register(fastifyWebhooks, { receiver, path: webhookPath, ...options });
  await app.listen({ port: 0, host: "127.0.0.1" });
  return running(app.server, () => app.close());
}

type KoaParser = "none" | "koa-bodyparser" | "@koa/bodyparser";

/** Koa with the middleware after `parser` (which the app may have put first). */
export function startKoaServer(
  receiver: WebhookReceiver,
  parser: KoaParser = "none",
): Promise<RunningServer> {
  const app = new Koa();
  // Koa logs every request stream error (a test's sender hanging up mid-body) to stderr.
  app.silent = true;
  if (parser === "koa-bodyparser") app.use(legacyKoaBodyParser({ formLimit: "2mb" }));
  if (parser === "@koa/bodyparser") app.use(koaBodyParser({ formLimit: "2mb" }));
  app.use(toKoaMiddleware(receiver, { path: webhookPath }));
  app.use((ctx) => {
    ctx.body = { app: "route" };
  });
  const handle = app.callback();
  return listen(createServer((request, response) => void handle(request, response)));
}

/** The handler behind the API Gateway stand-in, fed events of `format` from real requests. */
export function startLambdaServer(
  receiver: WebhookReceiver,
  format: LambdaEventFormat,
): Promise<RunningServer> {
  return listen(createLambdaShim(toLambdaHandler(receiver), format));
}

/**
 * A Nest module with one controller that hands `req.rawBody` to the Node middleware. Its
 * decorators are called as functions, so the repository's TypeScript settings (no
 * `experimentalDecorators`) type-check it; the example in `examples/nest/` uses the syntax.
 */
function webhookModule(receiver: WebhookReceiver): new () => object {
  const middleware = toNodeMiddleware(receiver);
  class WebhooksController {
    receive(request: NodeRequest, response: ServerResponse): Promise<void> {
      return middleware(request, response);
    }
  }
  const method = Object.getOwnPropertyDescriptor(WebhooksController.prototype, "receive");
  if (!method) throw new Error("no receive method");
  Req()(WebhooksController.prototype, "receive", 0);
  Res()(WebhooksController.prototype, "receive", 1);
  All(webhookPath)(WebhooksController.prototype, "receive", method);
  Controller()(WebhooksController);
  class AppModule {}
  Module({ controllers: [WebhooksController] })(AppModule);
  return AppModule;
}

/** NestJS on Express with `rawBody: true`, its parsers' limit the receiver's default. */
export async function startNestServer(receiver: WebhookReceiver): Promise<RunningServer> {
  const app = await NestFactory.create<NestExpressApplication>(webhookModule(receiver), {
    rawBody: true,
    logger: false,
  });
  app.useBodyParser("urlencoded", { limit: "1mb", extended: false });
  app.useBodyParser("json", { limit: "1mb" });
  await app.listen(0, "127.0.0.1");
  const server: Server = app.getHttpServer();
  return running(server, async () => {
    const closing = app.close();
    server.closeAllConnections();
    await closing;
  });
}

/** Starts the server of one kind. */
export function startAdapterServer(
  kind: AdapterKind,
  receiver: WebhookReceiver,
): Promise<RunningServer> {
  switch (kind) {
    case "fastify":
      return startFastifyServer(receiver);
    case "koa":
      return startKoaServer(receiver);
    case "koa + koa-bodyparser":
      return startKoaServer(receiver, "koa-bodyparser");
    case "koa + @koa/bodyparser":
      return startKoaServer(receiver, "@koa/bodyparser");
    case "lambda rest-v1":
      return startLambdaServer(receiver, "rest-v1");
    case "lambda http-v2":
      return startLambdaServer(receiver, "http-v2");
    case "nest":
      return startNestServer(receiver);
  }
}

/** Every way in the tests run: the core servers of `servers.ts` and the framework adapters. */
export type AnyServerKind = ServerKind | AdapterKind;

export const anyServerKinds: readonly AnyServerKind[] = [...serverKinds, ...adapterKinds];

const isAdapterKind = (kind: AnyServerKind): kind is AdapterKind => kind in adapterTraits;

/** Starts the server of any kind. */
export function startAnyServer(
  kind: AnyServerKind,
  receiver: FetchReceiver,
): Promise<RunningServer> {
  return isAdapterKind(kind) ? startAdapterServer(kind, receiver) : startServer(kind, receiver);
}
