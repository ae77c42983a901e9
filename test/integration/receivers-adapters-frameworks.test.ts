import coBody from "co-body";
import Fastify from "fastify";
import Koa from "koa";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fastifyWebhooks } from "talkable-emma-webhooks/fastify";
import { toKoaMiddleware } from "talkable-emma-webhooks/koa";
import { startFastifyServer, startKoaServer } from "../support/adapter-servers.js";
import { expectError, post, readAnswer } from "../support/answers.js";
import {
  createRecordingEmma,
  emmaSecrets,
  emmaToken,
  withToken,
} from "../support/emma-receivers.js";
import { type RawAnswer, rawPost } from "../support/raw-post.js";
import { type RunningServer, startNodeServer } from "../support/servers.js";
import {
  encodeEmmaBody,
  firstEmmaExample,
  formContentType,
  jsonContentType,
} from "../support/wire.js";

const click = firstEmmaExample("message_click");
const clickBody = encodeEmmaBody(click);

/** The parts of an answer both adapters must agree on, read off the socket. */
async function answerOf(url: string, init: RequestInit): Promise<Record<string, unknown>> {
  const response = await fetch(url, init);
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    allow: response.headers.get("allow"),
    length: response.headers.get("content-length"),
    body: await response.text(),
  };
}

describe.each([
  ["the Fastify plugin", startFastifyServer],
  ["the Koa middleware", startKoaServer],
] as const)("%s answers exactly as toNodeMiddleware does", (_name, start) => {
  const emma = createRecordingEmma({ token: emmaToken, maxBodyBytes: 4096 });
  let adapter: RunningServer;
  let node: RunningServer;
  beforeAll(async () => {
    adapter = await start(emma.webhooks);
    node = await startNodeServer(emma.webhooks);
  });
  afterAll(() => Promise.all([adapter.close(), node.close()]));

  const json = { "content-type": jsonContentType };
  it.each([
    ["a delivery", { method: "POST", headers: json, body: clickBody }, emmaToken],
    ["a GET", { method: "GET" }, emmaToken],
    ["an OPTIONS", { method: "OPTIONS" }, emmaToken],
    ["a forged token", { method: "POST", headers: json, body: clickBody }, "em-forged-1"],
    [
      "a form body",
      { method: "POST", headers: { "content-type": formContentType }, body: "a=1" },
      emmaToken,
    ],
    [
      "a Content-Type no parser reads",
      { method: "POST", headers: { "content-type": "a/b/c" }, body: "{}" },
      emmaToken,
    ],
    [
      "a body over the limit",
      { method: "POST", headers: json, body: `"${"x".repeat(5000)}"` },
      emmaToken,
    ],
    ["JSON that is not", { method: "POST", headers: json, body: "{" }, emmaToken],
  ] as const)("for %s", async (_name, init, token) => {
    const fromAdapter = await answerOf(withToken(adapter.url, token), init);
    const fromNode = await answerOf(withToken(node.url, token), init);
    expect(fromAdapter).toEqual(fromNode);
    for (const secret of emmaSecrets) expect(String(fromAdapter["body"])).not.toContain(secret);
  });
});

describe("the Fastify plugin in an app", () => {
  const emma = createRecordingEmma({ token: emmaToken });
  const app = Fastify();
  let base = "";
  const hooks: string[] = [];
  beforeAll(async () => {
    app.post("/api/orders", (request) => ({ parsed: request.body }));
    app.addHook("onRequest", (request, _reply, done) => {
      hooks.push(`onRequest ${request.method}`);
      done();
    });
    app.addHook("preHandler", (request, _reply, done) => {
      hooks.push(`preHandler ${request.method}`);
      done();
    });
    app.addHook("onSend", async (_request, reply, payload) => {
      reply.header("x-app-hook", "seen");
      return payload;
    });
    await app.register(fastifyWebhooks, {
      receiver: emma.webhooks,
      path: "/emma",
      bodyLimit: 1000,
      prefix: "/webhooks",
    });
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => app.close());

  it("leaves the app's other routes Fastify's JSON parsing", async () => {
    const answer = await post(`${base}/api/orders`, '{"id":7}', jsonContentType);
    expect(JSON.parse(answer.text)).toEqual({ parsed: { id: 7 } });
  });

  it("answers before Fastify parses: the app's onRequest and onSend hooks run, its preHandler does not", async () => {
    hooks.length = 0;
    const response = await fetch(withToken(`${base}/webhooks/emma`, emmaToken), {
      method: "POST",
      headers: { "content-type": "text/x-unknown-to-fastify" },
      body: clickBody,
    });
    expect(response.headers.get("x-app-hook")).toBe("seen");
    expectError(await readAnswer(response), 415, "unsupported_media_type", emmaSecrets);
    expect(hooks).toEqual(["onRequest POST"]);
  });

  it("serves the receiver under the prefix it was registered with", async () => {
    const answer = await post(
      withToken(`${base}/webhooks/emma`, emmaToken),
      clickBody,
      jsonContentType,
    );
    expect(answer.status, answer.text).toBe(200);
    expect(emma.recording.events).toEqual([click]);
  });

  it("refuses a body over the route's bodyLimit with the receiver's 413, declared or streamed", async () => {
    const url = withToken(`${base}/webhooks/emma`, emmaToken);
    const padded = `{"padding":"${"x".repeat(1000)}"}`;
    const declared = await post(url, padded, jsonContentType);
    expect(expectError(declared, 413, "body_too_large", emmaSecrets).error.message).toMatch(
      /1000 bytes/,
    );
    const streamed: RawAnswer = await rawPost(url, {
      headers: { "content-type": jsonContentType },
      chunks: ['{"padding":"', "x".repeat(600), "x".repeat(600), '"}'],
    });
    expectError(streamed, 413, "body_too_large", emmaSecrets);
  });
});

describe("the Fastify plugin without a bodyLimit of its own", () => {
  const emma = createRecordingEmma({ token: emmaToken });
  const app = Fastify({ bodyLimit: 800 });
  let url = "";
  beforeAll(async () => {
    await app.register(fastifyWebhooks, { receiver: emma.webhooks, path: "/emma" });
    await app.listen({ port: 0, host: "127.0.0.1" });
    url = withToken(
      `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/emma`,
      emmaToken,
    );
  });
  afterAll(() => app.close());

  it("refuses a body over the server's bodyLimit with the receiver's 413", async () => {
    const padded = `{"padding":"${"x".repeat(800)}"}`;
    const declared = await post(url, padded, jsonContentType);
    expect(expectError(declared, 413, "body_too_large", emmaSecrets).error.message).toMatch(
      /800 bytes/,
    );
    expect((await post(url, clickBody, jsonContentType)).status).toBe(200);
  });
});

describe("the Fastify plugin when the answer cannot be written", () => {
  // A receiver whose answer Fastify refuses (no such status): the failure reaches Fastify's
  // error handler, as a throw in any hook would, instead of leaving the request unanswered.
  const broken = { receive: () => Promise.resolve({ status: 999, headers: {}, body: "" }) };
  const app = Fastify();
  let url = "";
  beforeAll(async () => {
    await app.register(fastifyWebhooks, { receiver: broken, path: "/broken" });
    await app.listen({ port: 0, host: "127.0.0.1" });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/broken`;
  });
  afterAll(() => app.close());

  it("answers with Fastify's error handler", async () => {
    const response = await post(url, clickBody, jsonContentType);
    expect(response.status).toBe(500);
    expect(response.text).toContain("FST_ERR_BAD_STATUS_CODE");
  });
});

describe("the Koa middleware after a parser that keeps no raw body", () => {
  const emma = createRecordingEmma({ token: emmaToken });
  let url = "";
  const server = createServer();
  beforeAll(async () => {
    const app = new Koa();
    // What an app that parses JSON itself does: the stream is consumed, only the object is left.
    app.use(async (ctx, next) => {
      if (ctx.is("json")) {
        const parsed: unknown = await coBody.json(ctx.req);
        Object.assign(ctx.request, { body: parsed });
      }
      await next();
    });
    app.use(toKoaMiddleware(emma.webhooks, { path: "/webhooks/emma" }));
    app.use((ctx) => {
      ctx.body = { app: ctx.path };
    });
    const handle = app.callback();
    server.on("request", (request, response) => void handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("refuses the parsed body with 500 body_already_parsed, saying how to mount it", async () => {
    const answer = await post(
      withToken(`${url}/webhooks/emma`, emmaToken),
      clickBody,
      jsonContentType,
    );
    const body = expectError(answer, 500, "body_already_parsed", emmaSecrets);
    expect(body.error.message).toMatch(/before koa-bodyparser/);
    expect(emma.recording.events).toEqual([]);
  });

  it("hands every other path to the next middleware", async () => {
    const answer = await post(`${url}/api/orders`, '{"id":7}', jsonContentType);
    expect(JSON.parse(answer.text)).toEqual({ app: "/api/orders" });
  });
});
