export { toKoaMiddleware } from "./to-koa-middleware.js";
export type { KoaMiddlewareOptions } from "./to-koa-middleware.js";
export type { WebhookReceiver } from "../node/to-node-middleware.js";
