import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { emmaEventNames, type ErrorBody } from "talkable-emma-webhooks/emma";
import { emmaReceiver, talkableReceiver } from "talkable-emma-webhooks/msw";
import { talkableWebhookTypes } from "talkable-emma-webhooks/talkable";
import { emmaExampleNames, emmaExamples } from "../../generated/emma/examples.js";
import { talkableExampleNames, talkableExamples } from "../../generated/talkable/examples.js";
import { emmaExampleNamed, talkableExampleNamed } from "../support/wire.js";

const talkableUrl = "https://merchant.test/webhooks/talkable";
const emmaUrl = "https://merchant.test/webhooks/emma";
const emmaToken = "emma-callback-token";
const exampleKey = talkableExamples.referral_web_hook.default.value.key;

const talkable = talkableReceiver({ url: talkableUrl, key: exampleKey });
const emma = emmaReceiver({ url: `${emmaUrl}?token=${emmaToken}` });
const server = setupServer(...talkable.handlers, ...emma.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  talkable.reset();
  emma.reset();
});
afterAll(() => server.close());

/** What a sender does: a plain `fetch` of the form fields, as Talkable posts them. */
function postForm(
  fields: Record<string, string>,
  contentType = "application/x-www-form-urlencoded",
) {
  return fetch(talkableUrl, {
    method: "POST",
    headers: { "content-type": contentType },
    body: new URLSearchParams(fields).toString(),
  });
}

function postJson(body: unknown, token = emmaToken) {
  return fetch(`${emmaUrl}?token=${encodeURIComponent(token)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

const talkableCases = talkableWebhookTypes.flatMap((type) =>
  talkableExampleNames[type].map((name) => ({
    type,
    name,
    value: talkableExampleNamed(type, name).value,
  })),
);
const emmaCases = emmaEventNames.flatMap((event) =>
  emmaExampleNames[event].map((name) => ({
    event,
    name,
    value: emmaExampleNamed(event, name).value,
  })),
);

describe("talkableReceiver under msw/node", () => {
  it.each(talkableCases)(
    "$type/$name: a sender's delivery of the spec example is accepted and recorded",
    async ({ value }) => {
      const fields: Record<string, string> = { key: value.key };
      if (value.site !== undefined) fields["site"] = value.site;
      if (value.type !== undefined) fields["type"] = value.type;
      fields["payload"] = JSON.stringify(value.payload);
      if (value.extras !== undefined) fields["extras"] = JSON.stringify(value.extras);
      const response = await postForm(fields);
      expect(response.status).toBe(200);
      expect(talkable.deliveries).toHaveLength(1);
      const [delivery] = talkable.deliveries;
      expect(delivery?.id).toMatch(/^[0-9a-f]{64}$/); // the delivery id (SHA-256 hex)
      const { type, site, payload, extras } = value;
      expect(delivery).toMatchObject({ type, site, payload, extras });
    },
  );

  it("answers Check Unsubscribe with the spec's JSON", async () => {
    const { value } = talkableExamples.check_unsubscribe_web_hook.default;
    const response = await postForm({
      key: value.key,
      type: "check_unsubscribe_web_hook",
      payload: JSON.stringify(value.payload),
    });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ result: { unsubscribed: false } });
  });

  const { value: referral } = talkableExamples.referral_web_hook.default;
  const refusals: [string, Record<string, string>, number, string, string | undefined][] = [
    [
      "a wrong key",
      { key: "forged", type: "referral_web_hook", payload: JSON.stringify(referral.payload) },
      401,
      "unauthorized",
      undefined,
    ],
    [
      "a payload contradicting the spec",
      {
        key: exampleKey,
        type: "referral_web_hook",
        payload: JSON.stringify({ ...referral.payload, campaign: null }),
      },
      400,
      "invalid_payload",
      "/payload/campaign",
    ],
    [
      "an unknown type",
      { key: exampleKey, type: "nope_web_hook", payload: "{}" },
      400,
      "unknown_webhook",
      "/type",
    ],
    [
      "a payload that is not JSON",
      { key: exampleKey, type: "referral_web_hook", payload: "{oops" },
      400,
      "malformed_body",
      "/payload",
    ],
  ];
  it.each(refusals)("refuses %s", async (_what, fields, status, code, pointer) => {
    const response = await postForm(fields);
    expect(response.status).toBe(status);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe(code);
    if (pointer) expect(body.error.details?.map((detail) => detail.pointer)).toContain(pointer);
    expect(talkable.deliveries).toEqual([]);
  });

  it("refuses another media type with 415", async () => {
    const response = await postForm({ key: exampleKey }, "application/json");
    expect(response.status).toBe(415);
  });
});

describe("emmaReceiver under msw/node", () => {
  it.each(emmaCases)(
    "$event/$name: a sender's delivery of the spec example is accepted and recorded",
    async ({ value }) => {
      const response = await postJson(value);
      expect(response.status).toBe(200);
      expect(emma.deliveries).toHaveLength(1);
      const [delivery] = emma.deliveries;
      expect(delivery?.id).toMatch(/^[0-9a-f]{64}$/);
      expect(delivery).toMatchObject({ event_name: value.event_name, data: value.data });
    },
  );

  it("refuses a wrong token with 401", async () => {
    const response = await postJson(emmaExamples.member_signup.default.value, "forged");
    expect(response.status).toBe(401);
    expect(emma.deliveries).toEqual([]);
  });

  it("refuses a delivery contradicting the spec with 400 and a pointer", async () => {
    const { value } = emmaExamples.message_click.default;
    const response = await postJson({ ...value, data: { ...value.data, member_id: "200061" } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.details?.map((detail) => detail.pointer)).toContain("/data/member_id");
    expect(emma.deliveries).toEqual([]);
  });
});
