import { describe, expect, it } from "vitest";
import { createEmmaWebhooks, emmaEventNames, type EmmaEvent } from "talkable-emma-webhooks/emma";
import {
  createTalkableWebhooks,
  talkableWebhookTypes,
  type TalkableEvent,
} from "talkable-emma-webhooks/talkable";
import {
  defaultEmmaDeliveryUrl,
  defaultTalkableDeliveryUrl,
  emmaDelivery,
  emmaFixture,
  talkableDelivery,
  talkableFixture,
} from "talkable-emma-webhooks/testing";
import { talkableExampleNames, talkableExamples } from "../../generated/talkable/examples.js";
import { talkableExampleNamed } from "../support/wire.js";

const key = "delivery-test-key";
const token = "delivery-test-token";

function recordingTalkable() {
  const events: TalkableEvent[] = [];
  const receiver = createTalkableWebhooks({ key });
  receiver.on("check_unsubscribe_web_hook", () => ({ unsubscribed: false }));
  receiver.onAny((event) => {
    events.push(event);
  });
  return { receiver, events };
}

function recordingEmma() {
  const events: EmmaEvent[] = [];
  const receiver = createEmmaWebhooks({ token });
  receiver.onAny((event) => {
    events.push(event);
  });
  return { receiver, events };
}

describe("talkableDelivery", () => {
  it.each(talkableWebhookTypes)(
    "%s: is accepted by a real receiver with the fixture payload",
    async (type) => {
      const { receiver, events } = recordingTalkable();
      const response = await receiver.handle(talkableDelivery(type, { key }));
      expect(response.status).toBe(200);
      expect(events).toHaveLength(1);
      expect(events[0]?.type).toBe(type);
      expect(events[0]?.payload).toEqual(talkableFixture(type));
      const first = talkableExampleNames[type][0];
      expect(events[0]?.site).toBe(talkableExampleNamed(type, first).value.site);
    },
  );

  it("has the exact wire encoding: POST, form media type, percent-encoded JSON fields", async () => {
    const request = talkableDelivery("referral_web_hook", { key: "k&=+ é", site: "my-shop" });
    expect(request.method).toBe("POST");
    expect(request.url).toBe(defaultTalkableDeliveryUrl);
    expect(request.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    const body = await request.text();
    expect(body).toMatch(/^key=k%26%3D%2B\+%C3%A9&site=my-shop&type=referral_web_hook&payload=%7B/);
    const fields = new URLSearchParams(body);
    expect([...fields.keys()]).toEqual(["key", "site", "type", "payload", "extras"]);
    expect(fields.get("key")).toBe("k&=+ é");
    expect(JSON.parse(fields.get("payload") ?? "")).toEqual(talkableFixture("referral_web_hook"));
    expect(JSON.parse(fields.get("extras") ?? "")).toEqual(
      talkableExamples.referral_web_hook.default.value.extras,
    );
  });

  it("uses the example's site by default", async () => {
    const fields = new URLSearchParams(await talkableDelivery("event_web_hook", { key }).text());
    expect(fields.get("site")).toBe(talkableExamples.event_web_hook.default.value.site);
  });

  it("replaces the payload with `payload`, then merges `overrides` into it", async () => {
    const { receiver, events } = recordingTalkable();
    const payload = talkableFixture("offer_signup_web_hook", { campaign: { id: 1 } });
    const request = talkableDelivery("offer_signup_web_hook", {
      key,
      payload,
      overrides: { campaign: { cached_slug: "renamed" } },
      url: "https://shop.test/hooks/talkable",
    });
    expect(request.url).toBe("https://shop.test/hooks/talkable");
    expect((await receiver.handle(request)).status).toBe(200);
    expect(events[0]?.payload).toEqual({
      ...payload,
      campaign: { ...payload.campaign, cached_slug: "renamed" },
    });
    expect(payload.campaign.cached_slug).not.toBe("renamed");
  });

  it("starts from a named example", async () => {
    const { receiver, events } = recordingTalkable();
    await receiver.handle(talkableDelivery("reward_web_hook", { key, example: "click" }));
    expect(events[0]?.payload).toEqual(talkableExamples.reward_web_hook.click.value.payload);
  });

  it("is refused with the receiver's 401 when the key is wrong", async () => {
    const { receiver, events } = recordingTalkable();
    const response = await receiver.handle(talkableDelivery("referral_web_hook", { key: "wrong" }));
    expect(response.status).toBe(401);
    expect(events).toEqual([]);
  });
});

describe("emmaDelivery", () => {
  it.each(emmaEventNames)(
    "%s: is accepted by a real receiver with the fixture data",
    async (event) => {
      const { receiver, events } = recordingEmma();
      const response = await receiver.handle(emmaDelivery(event, { token }));
      expect(response.status).toBe(200);
      expect(events).toHaveLength(1);
      expect(events[0]?.id).toMatch(/^[0-9a-f]{64}$/);
      expect(events[0]).toMatchObject({ event_name: event, data: emmaFixture(event) });
    },
  );

  it("has the exact wire encoding: POST JSON, token in the query", async () => {
    const request = emmaDelivery("message_click", { token: "t&k n" });
    expect(request.method).toBe("POST");
    expect(request.headers.get("content-type")).toBe("application/json");
    const url = new URL(request.url);
    expect(`${url.origin}${url.pathname}`).toBe(defaultEmmaDeliveryUrl);
    expect(url.searchParams.get("token")).toBe("t&k n");
    expect(await request.json()).toEqual({
      event_name: "message_click",
      data: emmaFixture("message_click"),
    });
  });

  it("keeps the URL's own query, and sends no token when none is given", () => {
    const request = emmaDelivery("member_signup", {
      url: "https://shop.test/emma?tenant=7",
      token,
    });
    expect(new URL(request.url).search).toBe(`?tenant=7&token=${token}`);
    expect(new URL(emmaDelivery("member_signup").url).search).toBe("");
  });

  it("replaces data with `data`, then merges `overrides`, from a named example", async () => {
    const { receiver, events } = recordingEmma();
    const data = emmaFixture("member_add_to_group", undefined, { example: "all_members" });
    await receiver.handle(
      emmaDelivery("member_add_to_group", { token, data, overrides: { group_ids: [7] } }),
    );
    expect(events[0]?.data).toEqual({ ...data, group_ids: [7] });
    expect(data.member_ids).toBe("all");
  });

  it("is refused with the receiver's 401 without the token", async () => {
    const { receiver, events } = recordingEmma();
    expect((await receiver.handle(emmaDelivery("member_signup"))).status).toBe(401);
    expect(events).toEqual([]);
  });
});
