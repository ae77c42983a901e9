export { toLambdaHandler } from "./to-lambda-handler.js";
export type { LambdaHandlerOptions, LambdaWebhookHandler } from "./to-lambda-handler.js";
export type {
  LambdaEventV1,
  LambdaEventV2,
  LambdaWebhookEvent,
  LambdaWebhookResult,
} from "./lambda-event.js";
export type { WebhookReceiver } from "../node/to-node-middleware.js";
