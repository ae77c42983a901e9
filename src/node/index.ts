export { toNodeMiddleware } from "./to-node-middleware.js";
export type {
  NodeMiddleware,
  NodeMiddlewareOptions,
  WebhookReceiver,
} from "./to-node-middleware.js";
export type { NodeRequest } from "./read-node-body.js";
