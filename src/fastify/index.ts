export { fastifyWebhooks } from "./fastify-webhooks.js";
export type { FastifyWebhooksOptions } from "./fastify-webhooks.js";
export type { WebhookReceiver } from "../node/to-node-middleware.js";
