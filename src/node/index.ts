export { toNodeMiddleware } from "./to-node-middleware.js";
export type { FetchReceiver, NodeMiddleware, NodeMiddlewareOptions } from "./to-node-middleware.js";
export { toFetchRequest } from "./to-fetch-request.js";
export type { NodeRequest } from "./to-fetch-request.js";
