import type { Middleware } from "koa";
import { NodeDelivery } from "../node/node-delivery.js";
import { nodeBody } from "../node/read-node-body.js";
import type { WebhookReceiver } from "../node/to-node-middleware.js";

/**
 * Options of {@link toKoaMiddleware}.
 *
 * @example
 * ```ts
 * import type { KoaMiddlewareOptions } from "talkable-emma-webhooks/koa";
 * const options: KoaMiddlewareOptions = { path: "/webhooks/talkable" };
 * ```
 */
export interface KoaMiddlewareOptions {
  /**
   * Only requests to this path (`ctx.path`, every method) are handled; others go to `next`.
   * Without it, every request that reaches the middleware is a delivery.
   */
  readonly path?: string;
}

/** What koa-bodyparser and @koa/bodyparser leave on `ctx.request`. */
interface KoaParsedRequest {
  readonly body?: unknown;
  readonly rawBody?: unknown;
}

const howToMount =
  "a body parser already turned the body into an object, which cannot be restored byte for " +
  "byte: use the webhook middleware before koa-bodyparser / @koa/bodyparser, or let the parser " +
  "keep ctx.request.rawBody (both do for the JSON and form bodies they parse)";

/**
 * Adapts a receiver to Koa. It reads the untouched request stream under the receiver's
 * limits, or the raw body koa-bodyparser / @koa/bodyparser kept (`ctx.request.rawBody`); a
 * body parsed into an object with no raw body kept is refused with 500 `body_already_parsed`,
 * as `toNodeMiddleware` does. The answer goes out through Koa (`ctx.status`, `ctx.body`), so
 * no `ctx.respond = false` is needed and the app's upstream middleware still sees it.
 *
 * @example
 * ```ts
 * import Koa from "koa";
 * import { toKoaMiddleware } from "talkable-emma-webhooks/koa";
 * import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
 *
 * const webhooks = createTalkableWebhooks({ key: process.env["TALKABLE_KEY"]! });
 * const app = new Koa();
 * app.use(toKoaMiddleware(webhooks, { path: "/webhooks/talkable" }));
 * app.listen(3000);
 * ```
 */
export function toKoaMiddleware(
  receiver: WebhookReceiver,
  options: KoaMiddlewareOptions = {},
): Middleware {
  return async (ctx, next) => {
    if (options.path !== undefined && ctx.path !== options.path) {
      await next();
      return;
    }
    const { req, res } = ctx;
    // Koa's own types know neither member: the body parsers add them (and their types) at
    // will, so without one of them installed the assertion is needed, with one it is not.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    const kept: KoaParsedRequest = ctx.request as object;
    const delivery = new NodeDelivery(req, res, ctx.originalUrl, nodeBody(req, kept, howToMount));
    const answer = await receiver.receive(delivery);
    ctx.status = answer.status;
    ctx.set(answer.headers);
    // As toNodeMiddleware: a body left unread cannot let the connection carry another request.
    if (!req.complete) ctx.set("connection", "close");
    ctx.body = answer.body;
    // Koa calls a string body text/plain; an answer without a type (an empty 2xx) has none.
    if (answer.headers["content-type"] === undefined) ctx.remove("content-type");
  };
}
