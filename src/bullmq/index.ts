export { createBullmqHandoff, defaultWebhookJobOptions } from "./create-bullmq-handoff.js";
export type { BullmqHandoffOptions } from "./create-bullmq-handoff.js";
export { createWebhookWorker } from "./create-webhook-worker.js";
export type { WebhookRunners } from "./create-webhook-worker.js";
export type { DeliveryHandoff, EventRunner, HandoffDelivery } from "../core/handoff.js";
