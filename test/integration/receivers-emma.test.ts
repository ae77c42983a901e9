import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { WebhookError, type WebhookErrorCode } from "talkable-emma-webhooks/emma";
import { expectError, pointersOf, post, readAnswer } from "../support/answers.js";
import {
  createRecordingEmma,
  emmaSecrets,
  emmaToken,
  exampleAccountId,
  previousEmmaToken,
  withToken,
} from "../support/emma-receivers.js";
import { rawPost } from "../support/raw-post.js";
import { type RunningServer, serverKinds, startServer } from "../support/servers.js";
import {
  emmaExampleRows,
  encodeEmmaBody,
  firstEmmaExample,
  formContentType,
  jsonContentType,
} from "../support/wire.js";

const click = firstEmmaExample("message_click");
const wrongToken = "em-token-forged-123456";
const secrets = [...emmaSecrets, wrongToken];
const clickBody = encodeEmmaBody(click);

interface BadInput {
  readonly name: string;
  readonly body: string | Uint8Array<ArrayBuffer>;
  readonly status: number;
  readonly code: WebhookErrorCode;
  readonly pointers?: readonly string[];
  readonly contentType: string | null;
  /** The `token` query parameter; null leaves it out. */
  readonly token: string | null;
}

/** One row of the table: a JSON body with the right token unless `sent` says otherwise. */
function bad(
  name: string,
  body: BadInput["body"],
  expected: [status: number, code: WebhookErrorCode, pointers?: readonly string[]],
  sent: { contentType?: string | null; token?: string | null } = {},
): BadInput {
  const [status, code, pointers] = expected;
  const contentType = sent.contentType === undefined ? jsonContentType : sent.contentType;
  const token = sent.token === undefined ? emmaToken : sent.token;
  return { name, body, status, code, contentType, token, ...(pointers ? { pointers } : {}) };
}

const clickWith = (data: Record<string, unknown>) =>
  JSON.stringify({ ...click, data: { ...click.data, ...data } });
const unsupported = [415, "unsupported_media_type"] as const;

const badInputs: readonly BadInput[] = [
  bad("a form content type", clickBody, [...unsupported], { contentType: formContentType }),
  bad("a text/plain content type", clickBody, [...unsupported], { contentType: "text/plain" }),
  bad("no content type", clickBody, [...unsupported], { contentType: null }),
  bad("a UTF-16 charset", clickBody, [...unsupported], {
    contentType: `${jsonContentType}; charset=utf-16`,
  }),
  bad("a body that is not JSON", '{"event_name":', [400, "malformed_body", [""]]),
  bad("a JSON array", JSON.stringify([click]), [400, "malformed_body", [""]]),
  bad("bytes that are not UTF-8", new Uint8Array([0x7b, 0xff, 0x7d]), [400, "malformed_body"]),
  bad("no token", clickBody, [401, "unauthorized"], { token: null }),
  bad("an empty token", clickBody, [401, "unauthorized"], { token: "" }),
  bad("a wrong token", clickBody, [401, "unauthorized"], { token: wrongToken }),
  bad("a wrong token and a broken body (the token is checked first)", "{", [401, "unauthorized"], {
    token: wrongToken,
  }),
  bad("another account", clickWith({ account_id: 1760 }), [401, "unauthorized"]),
  bad("an account id that is text", clickWith({ account_id: "1759" }), [401, "unauthorized"]),
  bad("an unknown event", JSON.stringify({ ...click, event_name: "message_explode" }), [
    400,
    "unknown_webhook",
    ["/event_name"],
  ]),
  bad("no event_name", JSON.stringify({ data: click.data }), [
    400,
    "unknown_webhook",
    ["/event_name"],
  ]),
  bad("a member id that is text", clickWith({ member_id: "200061" }), [
    400,
    "invalid_payload",
    ["/data/member_id"],
  ]),
  bad("no data", JSON.stringify({ event_name: "message_click" }), [
    400,
    "invalid_payload",
    ["/data"],
  ]),
];

describe.each(serverKinds)("Emma deliveries on %s", (kind) => {
  const main = createRecordingEmma({
    token: [emmaToken, previousEmmaToken],
    accountId: exampleAccountId,
  });
  const header = createRecordingEmma({ token: emmaToken, tokenHeader: "X-Webhook-Token" });
  const failing = createRecordingEmma({ token: emmaToken });
  const failure = new Error("the CRM is down");
  failing.webhooks.on("message_click", () => {
    throw failure;
  });
  const servers: RunningServer[] = [];
  const url = (index: number) => servers[index]?.url ?? "";

  beforeAll(async () => {
    for (const receiver of [main, header, failing])
      servers.push(await startServer(kind, receiver.webhooks));
  });
  afterAll(() => Promise.all(servers.map((server) => server.close())));
  beforeEach(() => {
    for (const receiver of [main, header, failing]) receiver.recording.clear();
  });

  it.each(emmaExampleRows())(
    "accepts the $event example $name, handing over exactly its data",
    async (row) => {
      const answer = await post(
        withToken(url(0), emmaToken),
        encodeEmmaBody(row.value),
        jsonContentType,
      );
      expect(answer.status, answer.text).toBe(200);
      expect(main.recording.events).toEqual([row.value]);
      expect(main.recording.anyEvents).toEqual([row.value]);
    },
  );

  it("accepts the token being rotated out, and a charset parameter", async () => {
    const answer = await post(
      withToken(url(0), previousEmmaToken),
      clickBody,
      `${jsonContentType}; charset=UTF-8`,
    );
    expect(answer.status, answer.text).toBe(200);
    expect(main.recording.events).toEqual([click]);
  });

  it.each(badInputs)("answers $status $code to $name", async (input) => {
    const target = input.token === null ? url(0) : withToken(url(0), input.token);
    const answer = await post(target, input.body, input.contentType);
    const body = expectError(answer, input.status, input.code, secrets);
    if (input.pointers) expect(pointersOf(body)).toEqual(input.pointers);
    expect(main.recording.events).toEqual([]);
    expect(main.recording.errors).toEqual([expect.objectContaining({ code: input.code })]);
  });

  it("reads the token from the header it was told to", async () => {
    const ok = await post(url(1), clickBody, jsonContentType, { "x-webhook-token": emmaToken });
    expect(ok.status, ok.text).toBe(200);
    expect(header.recording.events).toEqual([click]);
    const inQuery = await post(withToken(url(1), emmaToken), clickBody, jsonContentType);
    expectError(inQuery, 401, "unauthorized", secrets);
    const wrong = await post(url(1), clickBody, jsonContentType, { "x-webhook-token": wrongToken });
    expectError(wrong, 401, "unauthorized", secrets);
    expect(header.recording.events).toHaveLength(1);
  });

  it("answers 405 with Allow: POST to a GET", async () => {
    const response = await fetch(withToken(url(0), emmaToken));
    expect(response.headers.get("allow")).toBe("POST");
    expectError(await readAnswer(response), 405, "method_not_allowed", secrets);
  });

  it("answers 413 to a declared and to a streamed body over the limit", async () => {
    const headers = { "content-type": jsonContentType };
    const declared = await rawPost(withToken(url(0), emmaToken), {
      headers: { ...headers, "content-length": String(1024 * 1024 + 1) },
      chunks: [clickBody],
    });
    expectError(declared, 413, "body_too_large", secrets);
    const streamed = await rawPost(withToken(url(0), emmaToken), {
      headers,
      chunks: ['{"padding":"', ...Array.from({ length: 17 }, () => "x".repeat(64 * 1024))],
    });
    expectError(streamed, 413, "body_too_large", secrets);
  });

  it("answers 500 handler_failed when a handler throws, and tells onError", async () => {
    const answer = await post(withToken(url(2), emmaToken), clickBody, jsonContentType);
    expectError(answer, 500, "handler_failed", secrets);
    const [reported] = failing.recording.errors;
    expect(failing.recording.errors).toHaveLength(1);
    expect(reported).toBeInstanceOf(WebhookError);
    expect(reported).toMatchObject({ code: "handler_failed", cause: failure });
  });
});
