import { describe, expect, it } from "vitest";
import { toLambdaHandler } from "talkable-emma-webhooks/aws-lambda";
import { createRecordingEmma, emmaToken, exampleAccountId } from "../support/emma-receivers.js";
import {
  type LambdaRequest,
  functionUrlEvent,
  httpApiEvent,
  restApiEvent,
} from "../support/lambda-events.js";
import { createRecordingTalkable, talkableKey } from "../support/talkable-receivers.js";
import {
  encodeEmmaBody,
  encodeTalkableBody,
  firstEmmaExample,
  firstTalkableExample,
  formContentType,
  jsonContentType,
} from "../support/wire.js";

/** The three event formats the handler takes, each with its body as text and as base64. */
const formats = [
  ["REST API v1", restApiEvent],
  ["HTTP API v2", httpApiEvent],
  ["Function URL", functionUrlEvent],
] as const;
const cases = formats.flatMap(([name, make]) =>
  [false, true].map((base64) => ({ name: `${name}${base64 ? ", base64" : ""}`, make, base64 })),
);

/** A token with characters the query must carry encoded: it reaches the receiver as sent. */
const awkwardToken = `${emmaToken}+/=&é`;
const click = firstEmmaExample("message_click");

function emmaRequest(overrides: Partial<LambdaRequest> = {}): LambdaRequest {
  return {
    method: "POST",
    path: "/webhooks/emma",
    rawQuery: `token=${encodeURIComponent(awkwardToken)}&utm=a&utm=b`,
    headers: { "Content-Type": jsonContentType, "User-Agent": "curl/8.5.0" },
    body: encodeEmmaBody(click),
    ...overrides,
  };
}

describe.each(cases)("the Lambda handler with a $name event", ({ make, base64 }) => {
  const emma = createRecordingEmma({ token: awkwardToken, accountId: exampleAccountId });
  const handler = toLambdaHandler(emma.webhooks);

  it("hands over the delivery: token from the query, headers whatever their case", async () => {
    emma.recording.clear();
    const result = await handler(make(emmaRequest(), base64));
    expect(result).toEqual({ statusCode: 200, headers: {}, body: "", isBase64Encoded: false });
    expect(emma.recording.events).toEqual([click]);
  });

  it("decodes the body to its exact bytes (a + and a non-ASCII character stay)", async () => {
    emma.recording.clear();
    const data = { ...click.data, subject: "Café +12025551111 2026-11-02T15:04:05+03:00" };
    const body = new TextEncoder().encode(JSON.stringify({ ...click, data }));
    const result = await handler(make(emmaRequest({ body }), base64));
    expect(result.statusCode, result.body).toBe(200);
    expect(emma.recording.events).toEqual([{ ...click, data }]);
  });

  it("answers a GET with the JSON 405 and Allow: POST, never echoing the token", async () => {
    const result = await handler(make(emmaRequest({ method: "GET", body: "" }), base64));
    expect(result.statusCode).toBe(405);
    expect(result.headers["allow"]).toBe("POST");
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: "method_not_allowed" } });
    expect(result.body).not.toContain(emmaToken);
  });

  it("answers a forged token with 401", async () => {
    const request = emmaRequest({ rawQuery: "token=em-token-forged" });
    const result = await handler(make(request, base64));
    expect(result.statusCode).toBe(401);
    expect(result.headers["content-type"]).toMatch(/^application\/json\b/);
  });

  it("answers 413 to a body over maxBodyBytes", async () => {
    const small = createRecordingEmma({ token: awkwardToken, maxBodyBytes: 1024 });
    const body = `{"padding":"${"x".repeat(2048)}"}`;
    const result = await toLambdaHandler(small.webhooks)(make(emmaRequest({ body }), base64));
    expect(result.statusCode).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: "body_too_large" } });
  });
});

describe("the Lambda handler and Talkable", () => {
  const talkable = createRecordingTalkable({ key: talkableKey });
  const handler = toLambdaHandler(talkable.webhooks);
  const unsubscribe = firstTalkableExample("check_unsubscribe_web_hook");

  it.each(formats)("answers Check Unsubscribe from a %s event", async (_name, make) => {
    talkable.recording.unsubscribed = true;
    const request: LambdaRequest = {
      method: "POST",
      path: "/webhooks/talkable",
      rawQuery: "",
      headers: { "content-type": formContentType },
      body: encodeTalkableBody(unsubscribe, { key: talkableKey }),
    };
    const result = await handler(make(request, true));
    expect(result.statusCode, result.body).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ result: { unsubscribed: true } });
  });
});

describe("what the handler reads of v2 events", () => {
  it("gives the cookies back to the receiver as one Cookie header", async () => {
    const seen: (string | undefined)[] = [];
    const handler = toLambdaHandler({
      receive: (delivery) => {
        const { headers } = delivery;
        seen.push(headers instanceof Headers ? undefined : (headers["cookie"] as string));
        return Promise.resolve({ status: 204, headers: {}, body: "" });
      },
    });
    await handler(httpApiEvent({ ...emmaRequest(), cookies: ["a=1", "b=2"] }, false));
    expect(seen).toEqual(["a=1; b=2"]);
  });

  it("takes a REST event whose multi-value headers repeat a name", async () => {
    const urls: string[] = [];
    const handler = toLambdaHandler({
      receive: (delivery) => {
        urls.push(delivery.url);
        return Promise.resolve({ status: 204, headers: {}, body: "" });
      },
    });
    const event = restApiEvent(emmaRequest(), false);
    const result = await handler({
      ...event,
      multiValueHeaders: { ...event.multiValueHeaders, "X-A": ["1", "2"] },
    });
    expect(result.statusCode).toBe(204);
    expect(new URL(urls[0] ?? "", "http://x").searchParams.getAll("utm")).toEqual(["a", "b"]);
    expect(new URL(urls[0] ?? "", "http://x").searchParams.get("token")).toBe(awkwardToken);
  });

  it("reads the token of a v1 event that carries single-value query parameters only", async () => {
    const urls: string[] = [];
    const handler = toLambdaHandler({
      receive: (delivery) => {
        urls.push(delivery.url);
        return Promise.resolve({ status: 204, headers: {}, body: "" });
      },
    });
    const event = restApiEvent(emmaRequest(), false);
    await handler({ ...event, multiValueQueryStringParameters: null });
    expect(new URL(urls[0] ?? "", "http://x").searchParams.get("token")).toBe(awkwardToken);
    expect(new URL(urls[0] ?? "", "http://x").pathname).toBe("/webhooks/emma");
  });
});
