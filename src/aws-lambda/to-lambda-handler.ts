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
export function toLambdaHandler(
  receiver: WebhookReceiver,
  options: LambdaHandlerOptions = {},
): LambdaWebhookHandler {
  const { driftWaitMs = defaultDriftWaitMs } = options;
  return async (event) => {
    // Lambda freezes the sandbox once the handler resolves: work after the answer (drift
    // reports) would run at the next invocation or never, so it is awaited, for a bounded time.
    const pending: Promise<unknown>[] = [];
    const delivery = {
      ...deliveryOf(event),
      waitUntil: (work: Promise<unknown>) => pending.push(work),
    };
    const answer = await receiver.receive(delivery);
    if (pending.length > 0) await settledWithin(pending, driftWaitMs);
    return {
      statusCode: answer.status,
      headers: { ...answer.headers },
      body: answer.body,
      isBase64Encoded: false,
    };
  };
}

const defaultDriftWaitMs = 1_000;

/**
 * Options of {@link toLambdaHandler}.
 *
 * @example
 * ```ts
 * import type { LambdaHandlerOptions } from "talkable-emma-webhooks/aws-lambda";
 * const options: LambdaHandlerOptions = { driftWaitMs: 250 };
 * ```
 */
export interface LambdaHandlerOptions {
  /**
   * How long the answer may wait for `onDrift` handlers (default 1000 ms): Lambda runs nothing
   * after the handler resolved. Only deliveries with drift handlers listening ever wait.
   */
  readonly driftWaitMs?: number;
}

async function settledWithin(work: readonly Promise<unknown>[], ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([Promise.allSettled(work), elapsed]);
  clearTimeout(timer);
}
