import type { FastifyInstance, FastifyPluginCallback, FastifyReply, FastifyRequest } from "fastify";
import { fastifyPlugin } from "fastify-plugin";
import type { BodyReader } from "../core/incoming.js";
import { bodyTooLarge } from "../core/read-body.js";
import { NodeDelivery } from "../node/node-delivery.js";
import { readNodeBody } from "../node/read-node-body.js";
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
    return readNodeBody(request.raw, max, deadline);
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

/** Fastify's default `bodyLimit` (1 MiB), should a server's `initialConfig` not carry one. */
const defaultFastifyLimit = 1024 * 1024;

/**
 * One route for every method, answered in its own `onRequest` hook: Fastify then never reads
 * or parses the body (it would only after the hook), so the receiver reads the exact bytes
 * under its limits and the app keeps its parsers as they are; a GET gets the receiver's JSON
 * 405 rather than Fastify's 404, whose message would echo the query (Emma's token). Answering
 * there also skips what Fastify does per request between the hook and a handler (parsing the
 * Content-Type, choosing a parser, the preValidation and preHandler hooks): about 4 µs a
 * delivery on the bench machine, 5% of a 6 kB referral. The app's own `onRequest` hooks run
 * first, and its `onSend` and `onResponse` hooks see the answer, as for any route.
 */
function registerWebhooks(
  scope: FastifyInstance,
  options: FastifyWebhooksOptions,
  done: (error?: Error) => void,
): void {
  const { receiver } = options;
  // Fastify refuses a route `bodyLimit` that is not a positive integer, so `??` is its `||`.
  const routeLimit = options.bodyLimit ?? scope.initialConfig.bodyLimit ?? defaultFastifyLimit;
  const answer = (request: FastifyRequest, reply: FastifyReply) =>
    answerWith(receiver, routeLimit, request, reply);
  const limit = options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit };
  // The handler is never reached (the hook always answers); Fastify requires one.
  scope.all(options.path, { ...limit, onRequest: answer }, answer);
  done();
}

/**
 * A Fastify 5 plugin that serves a Talkable or Emma receiver on one route. Register it like
 * any plugin (`prefix` works); its route answers before Fastify reads the body, so the receiver
 * gets the raw body stream while every other route keeps Fastify's JSON parsing. It answers
 * exactly as `toNodeMiddleware` does: the receiver's status, headers and JSON body; every
 * failure is the receiver's answer, never Fastify's.
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
  // own, so nothing it registers reaches the app's other routes.
  { fastify: "5.x", name: "talkable-emma-webhooks", encapsulate: true },
);
