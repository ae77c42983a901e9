import type {
  APIGatewayProxyHandler,
  APIGatewayProxyHandlerV2,
  LambdaFunctionURLHandler,
} from "aws-lambda";
import Fastify from "fastify";
import Koa from "koa";
import { describe, expectTypeOf, it } from "vitest";
import { type LambdaWebhookResult, toLambdaHandler } from "talkable-emma-webhooks/aws-lambda";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
import { type FastifyWebhooksOptions, fastifyWebhooks } from "talkable-emma-webhooks/fastify";
import { toKoaMiddleware } from "talkable-emma-webhooks/koa";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";

const talkable = createTalkableWebhooks({ key: "k" });
const emma = createEmmaWebhooks({ token: "t" });

describe("the adapters' public types", () => {
  it("gives Lambda a handler every API Gateway and Function URL handler type takes", () => {
    const handler = toLambdaHandler(emma);
    expectTypeOf(handler).toExtend<APIGatewayProxyHandler>();
    expectTypeOf(handler).toExtend<APIGatewayProxyHandlerV2>();
    expectTypeOf(handler).toExtend<LambdaFunctionURLHandler>();
    expectTypeOf<ReturnType<typeof handler>>().resolves.toEqualTypeOf<LambdaWebhookResult>();
  });

  it("types the Fastify plugin's options: a receiver and a path are required", () => {
    const app = Fastify();
    void app.register(fastifyWebhooks, { receiver: talkable, path: "/webhooks/talkable" });
    void app.register(fastifyWebhooks, { receiver: emma, path: "/e", bodyLimit: 1, prefix: "/w" });
    // @ts-expect-error: the route path is required
    void app.register(fastifyWebhooks, { receiver: emma });
    expectTypeOf<FastifyWebhooksOptions["bodyLimit"]>().toEqualTypeOf<number | undefined>();
  });

  it("gives Koa a middleware app.use takes", () => {
    const app = new Koa();
    app.use(toKoaMiddleware(talkable, { path: "/webhooks/talkable" }));
    // @ts-expect-error: a receiver is required
    toKoaMiddleware({});
  });
});
