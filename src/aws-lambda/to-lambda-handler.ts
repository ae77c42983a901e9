import type { WebhookReceiver } from "../node/to-node-middleware.js";
import { type LambdaWebhookEvent, type LambdaWebhookResult, deliveryOf } from "./lambda-event.js";

/**
 * A Lambda handler: takes the event, resolves to the result API Gateway or the Function URL
 * turns into the HTTP answer. It never throws (every failure is the receiver's JSON answer).
 *
 * @example
 * ```ts
 * import type { LambdaWebhookHandler } from "talkable-emma-webhooks/aws-lambda";
 * declare const handler: LambdaWebhookHandler;
 * const result = await handler({
 *   version: "2.0", rawPath: "/webhooks", rawQueryString: "", headers: {},
 *   isBase64Encoded: false, requestContext: { http: { method: "GET" } },
 * });
 * console.log(result.statusCode); // 405
 * ```
 */
export type LambdaWebhookHandler = (
  event: LambdaWebhookEvent,
  context?: unknown,
) => Promise<LambdaWebhookResult>;

/**
 * Adapts a receiver to AWS Lambda behind API Gateway (REST API, payload format 1.0; HTTP API,
 * 1.0 or 2.0) or a Lambda Function URL (2.0). It only translates: a base64 body
 * (`isBase64Encoded`) is decoded to its bytes, the query and headers go to the receiver as
 * sent (v1's multi-value ones, v2's `rawQueryString`, v2's `cookies` back in `cookie`), and
 * the answer comes back as `{ statusCode, headers, body }`, which both formats take.
 *
 * @example
 * ```ts
 * import { toLambdaHandler } from "talkable-emma-webhooks/aws-lambda";
 * import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
 *
 * const webhooks = createEmmaWebhooks({ token: process.env["EMMA_WEBHOOK_TOKEN"]! });
 * export const handler = toLambdaHandler(webhooks);
 * ```
 */
export function toLambdaHandler(receiver: WebhookReceiver): LambdaWebhookHandler {
  return async (event) => {
    const answer = await receiver.receive(deliveryOf(event));
    return {
      statusCode: answer.status,
      headers: { ...answer.headers },
      body: answer.body,
      isBase64Encoded: false,
    };
  };
}
