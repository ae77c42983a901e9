import type { Readable } from "node:stream";
import type { FastifyInstance, FastifyPluginCallback, FastifyReply, FastifyRequest } from "fastify";
import { fastifyPlugin } from "fastify-plugin";
import type { BodyReader } from "../core/incoming.js";
import { bodyTooLarge } from "../core/read-body.js";
import { NodeDelivery } from "../node/node-delivery.js";
import { readNodeStream } from "../node/read-node-body.js";
import type { WebhookReceiver } from "../node/to-node-middleware.js";

/**
 * Options of {@link fastifyWebhooks}.
 *
 * @example
 * ```ts
 * import type { FastifyWebhooksOptions } from "talkable-emma-webhooks/fastify";
 * import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
 * const options: FastifyWebhooksOptions = {
 *   receiver: createEmmaWebhooks({ token: process.env["EMMA_TOKEN"]! }),
 *   path: "/webhooks/emma",
 * };
 * ```
 */
export interface FastifyWebhooksOptions {
  /** The Talkable or Emma receiver that answers the deliveries. */
  readonly receiver: WebhookReceiver;
  /** The route the receiver owns, for every method (after the `prefix` it is registered with). */
  readonly path: string;
  /**
   * The route's `bodyLimit` in bytes (default: the server's). A body larger than this or than
   * the receiver's `maxBodyBytes`, whichever is smaller, gets the receiver's 413 answer.
   */
  readonly bodyLimit?: number;
}

/** The payload stream our parser hands over: `request.raw`, or what a preParsing hook made. */
function payloadOf(request: FastifyRequest): Readable {
  const { body } = request;
  return isStream(body) ? body : request.raw;
}

function isStream(value: unknown): value is Readable {
  return typeof value === "object" && value !== null && "pipe" in value && "resume" in value;
}

/**
 * Reads the untouched stream under the smaller of the receiver's and the route's limits. The
 * route's limit is worked out once, as Fastify does (the route's, else the server's): Fastify's
 * `request.routeOptions` builds and freezes a new object of a dozen members on every read.
 */
function bodyReader(request: FastifyRequest, routeLimit: number): BodyReader {
  return (limit, deadline) => {
    const max = Math.min(limit, routeLimit);
    const declared = request.headers["content-length"];
    if (declared !== undefined && Number(declared) > max) {
      return Promise.reject(bodyTooLarge(max));
    }
    return readNodeStream(payloadOf(request), max, deadline, request.raw.socket);
  };
}

async function answerWith(
  receiver: WebhookReceiver,
  routeLimit: number,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { raw } = request;
  const reader = bodyReader(request, routeLimit);
  const delivery = new NodeDelivery(raw, reply.raw, raw.url ?? request.url, reader);
  const answer = await receiver.receive(delivery);
  // As toNodeMiddleware: a body left unread cannot let the connection carry another request.
  if (!raw.complete) reply.header("connection", "close");
  // The body is already the receiver's exact JSON text: an identity serializer keeps Fastify
  // from appending `; charset=utf-8` to its Content-Type, which toNodeMiddleware never sends.
  // An empty answer is sent as none, or Fastify would call it text/plain.
  const body = answer.body === "" ? undefined : answer.body;
  return reply.code(answer.status).headers(answer.headers).serializer(asIs).send(body);
}

const asIs = (payload: unknown) => String(payload);

/** Fastify's own refusal of a Content-Type it cannot parse, which the receiver answers instead. */
const invalidMediaType = "FST_ERR_CTP_INVALID_MEDIA_TYPE";

/** Fastify's default `bodyLimit` (1 MiB), should a server's `initialConfig` not carry one. */
const defaultFastifyLimit = 1024 * 1024;

function hasCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === code;
}

/**
 * The plugin's own scope: no content-type parser but one that hands the body stream over
 * untouched (so the receiver reads the exact bytes, under its limits), and one route for
 * every method, so a GET gets the receiver's JSON 405 rather than Fastify's 404, whose message
 * would echo the query (Emma's token). The rest of the app keeps its parsers.
 */
function registerWebhooks(
  scope: FastifyInstance,
  options: FastifyWebhooksOptions,
  done: (error?: Error) => void,
): void {
  const { receiver } = options;
  // Fastify refuses a route `bodyLimit` that is not a positive integer, so `??` is its `||`.
  const routeLimit = options.bodyLimit ?? scope.initialConfig.bodyLimit ?? defaultFastifyLimit;
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
  scope.setErrorHandler((error, request, reply) => {
    if (hasCode(error, invalidMediaType)) return answerWith(receiver, routeLimit, request, reply);
    throw error;
  });
  scope.all(
    options.path,
    options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit },
    (request, reply) => answerWith(receiver, routeLimit, request, reply),
  );
  done();
}

/**
 * A Fastify 5 plugin that serves a Talkable or Emma receiver on one route. Register it like
 * any plugin (`prefix` works); it keeps its content-type parsers to its own encapsulated
 * scope, so the webhook route gets the raw body stream while every other route keeps
 * Fastify's JSON parsing. It answers exactly as `toNodeMiddleware` does: the receiver's
 * status, headers and JSON body; every failure is the receiver's answer, never Fastify's.
 *
 * @example
 * ```ts
 * import Fastify from "fastify";
 * import { fastifyWebhooks } from "talkable-emma-webhooks/fastify";
 * import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
 *
 * const webhooks = createTalkableWebhooks({ key: process.env["TALKABLE_KEY"]! });
 * const app = Fastify();
 * await app.register(fastifyWebhooks, { receiver: webhooks, path: "/webhooks/talkable" });
 * await app.listen({ port: 3000 });
 * ```
 */
export const fastifyWebhooks: FastifyPluginCallback<FastifyWebhooksOptions> = fastifyPlugin(
  registerWebhooks,
  // `encapsulate: true`: the name and version check of fastify-plugin, but a scope of its
  // own, so the parsers above never reach the app's other routes.
  { fastify: "5.x", name: "talkable-emma-webhooks", encapsulate: true },
);
