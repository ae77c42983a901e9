import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { talkableReceiver } from "talkable-emma-webhooks/msw";
import { talkableWebhookTypes, type ErrorBody } from "talkable-emma-webhooks/talkable";
import { talkableDelivery, talkableFixture } from "talkable-emma-webhooks/testing";
import { talkableAnswerExamples } from "../../generated/talkable/examples.js";

const url = "https://relay.test/webhooks/talkable";
const key = "receiver-key";

async function send(
  mock: ReturnType<typeof talkableReceiver>,
  request: Request,
): Promise<Response> {
  const response = await getResponse(mock.handlers, request);
  if (!response) throw new Error(`no mock handled ${request.url}`);
  return response;
}

describe("talkableReceiver", () => {
  it.each(talkableWebhookTypes)(
    "%s: accepts the spec example and records the typed event",
    async (type) => {
      const mock = talkableReceiver({ url, key });
      const response = await send(mock, talkableDelivery(type, { key, url }));
      expect(response.status).toBe(200);
      expect(mock.deliveries).toHaveLength(1);
      expect(mock.deliveries[0]?.type).toBe(type);
      expect(mock.deliveries[0]?.payload).toEqual(talkableFixture(type));
    },
  );

  it("answers Check Unsubscribe with the spec's example answer by default", async () => {
    const mock = talkableReceiver({ url, key });
    const response = await send(mock, talkableDelivery("check_unsubscribe_web_hook", { key, url }));
    expect(await response.json()).toEqual(
      talkableAnswerExamples.check_unsubscribe_web_hook["subscribed"]?.value,
    );
    expect(
      await (await send(mock, talkableDelivery("check_unsubscribe_web_hook", { key, url }))).json(),
    ).toEqual({
      result: { unsubscribed: false },
    });
  });

  it("answers Check Unsubscribe as configured: fixed, or per delivery", async () => {
    const fixed = talkableReceiver({ url, key, unsubscribed: true });
    const answer = await send(fixed, talkableDelivery("check_unsubscribe_web_hook", { key, url }));
    expect(await answer.json()).toEqual({ result: { unsubscribed: true } });

    const seen: string[] = [];
    const perDelivery = talkableReceiver({
      url,
      key,
      unsubscribed: ({ payload }) => {
        seen.push(payload.recipient.email);
        return Promise.resolve(payload.recipient.email.endsWith("@optout.test"));
      },
    });
    const optedOut = talkableDelivery("check_unsubscribe_web_hook", {
      key,
      url,
      overrides: { recipient: { email: "gone@optout.test" } },
    });
    expect(await (await send(perDelivery, optedOut)).json()).toEqual({
      result: { unsubscribed: true },
    });
    const subscribed = talkableDelivery("check_unsubscribe_web_hook", { key, url });
    expect(await (await send(perDelivery, subscribed)).json()).toEqual({
      result: { unsubscribed: false },
    });
    expect(seen).toEqual([
      "gone@optout.test",
      talkableFixture("check_unsubscribe_web_hook").recipient.email,
    ]);
  });

  it("refuses a wrong key with 401 and records nothing", async () => {
    const mock = talkableReceiver({ url, key: [key, "next-key"] });
    expect(
      (await send(mock, talkableDelivery("referral_web_hook", { key: "next-key", url }))).status,
    ).toBe(200);
    const response = await send(mock, talkableDelivery("referral_web_hook", { key: "wrong", url }));
    expect(response.status).toBe(401);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("unauthorized");
    expect(mock.deliveries).toHaveLength(1);
  });

  it("accepts any key when none is configured, but still requires one", async () => {
    const mock = talkableReceiver({ url });
    expect(
      (await send(mock, talkableDelivery("referral_web_hook", { key: "anything", url }))).status,
    ).toBe(200);
    expect(
      (await send(mock, talkableDelivery("referral_web_hook", { key: "else", url }))).status,
    ).toBe(200);
    expect((await send(mock, talkableDelivery("referral_web_hook", { key: "", url }))).status).toBe(
      401,
    );
    const noKey = new Request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ type: "referral_web_hook", payload: "{}" }).toString(),
    });
    expect((await send(mock, noKey)).status).toBe(401);
    const twoKeys = new Request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "key=a&key=b&type=referral_web_hook&payload=%7B%7D",
    });
    const duplicated = await send(mock, twoKeys);
    expect(duplicated.status).toBe(400);
    const body = (await duplicated.json()) as ErrorBody;
    expect(body.error.code).toBe("malformed_body");
    expect(mock.deliveries).toHaveLength(2);
  });

  it("refuses another site with 401", async () => {
    const mock = talkableReceiver({ url, key, site: "my-shop" });
    expect(
      (await send(mock, talkableDelivery("referral_web_hook", { key, url, site: "my-shop" })))
        .status,
    ).toBe(200);
    expect((await send(mock, talkableDelivery("referral_web_hook", { key, url }))).status).toBe(
      401,
    );
  });

  it("refuses a delivery that contradicts the spec with 400 and JSON-pointer details", async () => {
    const mock = talkableReceiver({ url, key });
    const payload = { ...talkableFixture("referral_web_hook"), campaign: { id: null } };
    const request = new Request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        key,
        type: "referral_web_hook",
        payload: JSON.stringify(payload),
      }).toString(),
    });
    const response = await send(mock, request);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("invalid_payload");
    expect(body.error.details?.map((detail) => detail.pointer)).toContain("/payload/campaign/id");
    expect(mock.deliveries).toEqual([]);
  });

  it("ignores the query of its URL, leaves other URLs alone, and forgets on clear()", async () => {
    const mock = talkableReceiver({ url: `${url}?ignored=1`, key });
    expect(
      (await send(mock, talkableDelivery("referral_web_hook", { key, url: `${url}?x=2` }))).status,
    ).toBe(200);
    expect(
      await getResponse(mock.handlers, talkableDelivery("referral_web_hook", { key })),
    ).toBeUndefined();
    expect(mock.deliveries).toHaveLength(1);
    mock.clear();
    expect(mock.deliveries).toEqual([]);
  });

  it("answers other methods with 405, as the real receiver does", async () => {
    const mock = talkableReceiver({ url });
    const response = await send(mock, new Request(url));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("refuses an empty configured key at creation, as the real receiver does", () => {
    expect(() => talkableReceiver({ url, key: "" })).toThrow(TypeError);
  });
});
