import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { WebhookError, type WebhookErrorCode } from "talkable-emma-webhooks/talkable";
import { expectError, pointersOf, post, readAnswer } from "../support/answers.js";
import { rawPost } from "../support/raw-post.js";
import { type RunningServer, serverKinds, startServer } from "../support/servers.js";
import {
  createRecordingTalkable,
  exampleSite,
  otherSiteKey,
  previousTalkableKey,
  talkableKey,
  talkableSecrets,
} from "../support/talkable-receivers.js";
import { firstTalkableExample, formContentType } from "../support/wire.js";

const referral = firstTalkableExample("referral_web_hook");
const wrongKey = "tk-key-forged-000000";
const secrets = [...talkableSecrets, wrongKey];

type Field = readonly [name: string, value: string];
const validFields: readonly Field[] = [
  ["key", talkableKey],
  ["site", exampleSite],
  ["type", "referral_web_hook"],
  ["payload", JSON.stringify(referral.payload)],
];

/** A properly encoded form of the valid referral fields, minus `drop`, plus `add`. */
function form(add: readonly Field[] = [], drop: readonly string[] = []): string {
  const kept = validFields.filter(([name]) => !drop.includes(name));
  return new URLSearchParams([...kept, ...add].map(([name, value]) => [name, value])).toString();
}

function withPayload(payload: unknown): string {
  return form([["payload", JSON.stringify(payload)]], ["payload"]);
}

interface BadInput {
  readonly name: string;
  readonly body: string | Uint8Array<ArrayBuffer>;
  readonly contentType: string | null;
  readonly status: number;
  readonly code: WebhookErrorCode;
  readonly pointers?: readonly string[];
}

/** One row of the table: a form body unless `contentType` says otherwise. */
function bad(
  name: string,
  body: BadInput["body"],
  expected: [status: number, code: WebhookErrorCode, pointers?: readonly string[]],
  contentType: string | null = formContentType,
): BadInput {
  const [status, code, pointers] = expected;
  return { name, body, contentType, status, code, ...(pointers ? { pointers } : {}) };
}

const notUtf8 = new Uint8Array([...new TextEncoder().encode(`${form()}&note=`), 0xff, 0xfe]);
const wrongKeyFields: readonly Field[] = [["key", wrongKey]];
// An identifier may be a number or text (older docs send both); a boolean is neither.
const badCampaign = { ...referral.payload.campaign, id: true };

const badInputs: readonly BadInput[] = [
  bad("a JSON content type", form(), [415, "unsupported_media_type"], "application/json"),
  bad("a text/plain content type", form(), [415, "unsupported_media_type"], "text/plain"),
  bad("no content type", form(), [415, "unsupported_media_type"], null),
  bad(
    "a Latin-1 charset",
    form(),
    [415, "unsupported_media_type"],
    `${formContentType}; charset=latin1`,
  ),
  bad("a payload that is not JSON", form([["payload", "{x"]], ["payload"]), [
    400,
    "malformed_body",
    ["/payload"],
  ]),
  bad("a payload that is a JSON array", withPayload([referral.payload]), [
    400,
    "malformed_body",
    ["/payload"],
  ]),
  bad("no payload field", form([], ["payload"]), [400, "malformed_body", ["/payload"]]),
  bad("extras that are not JSON", form([["extras", "{"]]), [400, "malformed_body", ["/extras"]]),
  bad("a duplicate key field", form([["key", talkableKey]]), [400, "malformed_body", ["/key"]]),
  bad("a duplicate type field", form([["type", "reward_web_hook"]]), [
    400,
    "malformed_body",
    ["/type"],
  ]),
  bad("a duplicate payload field", form([["payload", "{}"]]), [
    400,
    "malformed_body",
    ["/payload"],
  ]),
  bad(
    "percent-escapes that are not UTF-8",
    `${form([], ["payload"])}&payload=%7B%22campaign%22%3A%22%C3%28%22%7D`,
    [400, "malformed_body"],
  ),
  bad("bytes that are not UTF-8", notUtf8, [400, "malformed_body"]),
  bad("no key field", form([], ["key"]), [401, "unauthorized"]),
  bad("an empty key", form([["key", ""]], ["key"]), [401, "unauthorized"]),
  bad("a wrong key", form(wrongKeyFields, ["key"]), [401, "unauthorized"]),
  bad(
    "a wrong key and a broken payload (the key is checked first)",
    form([...wrongKeyFields, ["payload", "{"]], ["key", "payload"]),
    [401, "unauthorized"],
  ),
  bad("another site", form([["site", "other-site"]], ["site"]), [401, "unauthorized"]),
  bad("an unknown type", form([["type", "refund_web_hook"]], ["type"]), [
    400,
    "unknown_webhook",
    ["/type"],
  ]),
  bad("a payload without campaign", withPayload({ ...referral.payload, campaign: undefined }), [
    400,
    "invalid_payload",
    ["/payload/campaign"],
  ]),
  bad(
    "a campaign id that is a boolean",
    withPayload({ ...referral.payload, campaign: badCampaign }),
    [400, "invalid_payload", ["/payload/campaign/id"]],
  ),
];

describe.each(serverKinds)("Talkable refusals on %s", (kind) => {
  const main = createRecordingTalkable({
    keys: [talkableKey, previousTalkableKey],
    site: exampleSite,
  });
  const perSite = createRecordingTalkable({
    keys: { [exampleSite]: talkableKey, "other-site": [otherSiteKey] },
  });
  const failing = createRecordingTalkable({ key: talkableKey });
  const failure = new Error("the reward service is down");
  failing.webhooks.on("referral_web_hook", () => {
    throw failure;
  });
  const servers: RunningServer[] = [];
  const url = (index: number) => servers[index]?.url ?? "";

  beforeAll(async () => {
    for (const receiver of [main, perSite, failing]) {
      servers.push(await startServer(kind, receiver.webhooks));
    }
  });
  afterAll(() => Promise.all(servers.map((server) => server.close())));
  beforeEach(() => {
    for (const receiver of [main, perSite, failing]) receiver.recording.clear();
  });

  it.each(badInputs)("answers $status $code to $name", async (input) => {
    const answer = await post(url(0), input.body, input.contentType);
    const body = expectError(answer, input.status, input.code, secrets);
    if (input.pointers) expect(pointersOf(body)).toEqual(input.pointers);
    expect(main.recording.events).toEqual([]);
    expect(main.recording.errors).toEqual([expect.objectContaining({ code: input.code })]);
  });

  it.each([
    `${formContentType}; charset=UTF-8`,
    'Application/X-WWW-Form-Urlencoded;Charset="utf-8"',
  ])("tolerates the content type %s", async (contentType) => {
    const answer = await post(url(0), form(), contentType);
    expect(answer.status, answer.text).toBe(200);
    expect(main.recording.events).toHaveLength(1);
  });

  it("accepts the key being rotated out next to the current one", async () => {
    const answer = await post(
      url(0),
      form([["key", previousTalkableKey]], ["key"]),
      formContentType,
    );
    expect(answer.status, answer.text).toBe(200);
    expect(main.recording.events.map((event) => event.payload)).toEqual([referral.payload]);
  });

  it("checks each site's own keys", async () => {
    const other = form(
      [
        ["key", otherSiteKey],
        ["site", "other-site"],
      ],
      ["key", "site"],
    );
    expect((await post(url(1), other, formContentType)).status).toBe(200);
    expect(perSite.recording.events.map((event) => event.site)).toEqual(["other-site"]);
    const crossed = form([["key", otherSiteKey]], ["key"]);
    expectError(await post(url(1), crossed, formContentType), 401, "unauthorized", secrets);
    // No site on the wire (as the vendor's post share example sends it): the key decides.
    const siteless = form([], ["site"]);
    expect((await post(url(1), siteless, formContentType)).status).toBe(200);
    const forgedSiteless = form([["key", "tk-key-forged"]], ["key", "site"]);
    expectError(await post(url(1), forgedSiteless, formContentType), 401, "unauthorized", secrets);
    expect(perSite.recording.events.map((event) => event.site)).toEqual([
      "other-site",
      exampleSite,
    ]);
  });

  it("accepts a delivery without site whose key matches, giving it the configured site", async () => {
    const answer = await post(url(0), form([], ["site"]), formContentType);
    expect(answer.status, answer.text).toBe(200);
    expect(main.recording.events.map((event) => event.site)).toEqual([exampleSite]);
  });

  it("answers every authentication failure with the same 401 body; onError gets the reason", async () => {
    const failures = [
      form([["key", "tk-key-forged"]], ["key"]),
      form([["site", "other-site"]], ["site"]),
      form([], ["key"]),
    ];
    const bodies = await Promise.all(
      failures.map(async (body) => (await post(url(0), body, formContentType)).text),
    );
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0] ?? "")).toEqual({
      error: {
        code: "unauthorized",
        message: "talkable-emma-webhooks: the delivery could not be authenticated",
      },
    });
    const reasons = main.recording.errors.map((error) => (error as Error).message);
    expect(new Set(reasons).size).toBe(3);
  });

  it("answers 405 with Allow: POST to a GET", async () => {
    const response = await fetch(url(0));
    expect(response.headers.get("allow")).toBe("POST");
    expectError(await readAnswer(response), 405, "method_not_allowed", secrets);
  });

  it("answers 413 when Content-Length announces more than the limit", async () => {
    const answer = await rawPost(url(0), {
      headers: { "content-type": formContentType, "content-length": String(1024 * 1024 + 1) },
      chunks: [form()],
    });
    expectError(answer, 413, "body_too_large", secrets);
  });

  it("answers 413 when a chunked body without Content-Length grows past the limit", async () => {
    const chunk = "x".repeat(64 * 1024);
    const answer = await rawPost(url(0), {
      headers: { "content-type": formContentType },
      chunks: [`${form()}&padding=`, ...Array.from({ length: 17 }, () => chunk)],
    });
    expectError(answer, 413, "body_too_large", secrets);
    expect(main.recording.events).toEqual([]);
  });

  it("answers 500 handler_failed when a handler throws, and tells onError", async () => {
    const answer = await post(url(2), form(), formContentType);
    expectError(answer, 500, "handler_failed", secrets);
    expect(failing.recording.errors).toHaveLength(1);
    const [reported] = failing.recording.errors;
    expect(reported).toBeInstanceOf(WebhookError);
    expect(reported).toMatchObject({ code: "handler_failed", status: 500, cause: failure });
  });
});
