import { describe, expectTypeOf, it } from "vitest";
import type { EmmaEvent, EmmaPayloads, EmmaSchemas } from "talkable-emma-webhooks/emma";
import {
  type EmmaClient,
  type EmmaWebhookEventName,
  createEmmaClient,
} from "talkable-emma-webhooks/emma/client";
import type {
  EmmaApiHandlers,
  EmmaReceiverMock,
  TalkableReceiverMock,
} from "talkable-emma-webhooks/msw";
import { emmaApiHandlers, emmaReceiver, talkableReceiver } from "talkable-emma-webhooks/msw";
import type { TalkableEvent, TalkablePayloads } from "talkable-emma-webhooks/talkable";
import type { DeepPartial } from "talkable-emma-webhooks/testing";
import {
  emmaDelivery,
  emmaFixture,
  talkableDelivery,
  talkableFixture,
} from "talkable-emma-webhooks/testing";

describe("fixtures", () => {
  it("are typed as the payload of the webhook named", () => {
    expectTypeOf(talkableFixture("referral_web_hook")).toEqualTypeOf<
      TalkablePayloads["referral_web_hook"]
    >();
    expectTypeOf(talkableFixture("check_unsubscribe_web_hook")).toEqualTypeOf<
      TalkablePayloads["check_unsubscribe_web_hook"]
    >();
    expectTypeOf(emmaFixture("message_click")).toEqualTypeOf<EmmaPayloads["message_click"]>();
    expectTypeOf(emmaFixture("member_add_to_group").member_ids).toEqualTypeOf<
      number[] | "all" | null | undefined
    >();
  });

  it("take deep partial overrides of that payload only", () => {
    talkableFixture("referral_web_hook", { referrer: { person: { first_name: "Eve" } } });
    talkableFixture("referral_web_hook", { campaign: { id: "593427266" } });
    // @ts-expect-error campaign.id is a number or a string
    talkableFixture("referral_web_hook", { campaign: { id: true } });
    // @ts-expect-error arrays are replaced whole, never partially
    talkableFixture("referral_web_hook", { campaign: { tag_names: [1] } });
    emmaFixture("message_click", { member_id: 1 });
    // @ts-expect-error member_id is a number
    emmaFixture("message_click", { member_id: "1" });
    // @ts-expect-error not a webhook of the spec
    talkableFixture("nope_web_hook");
  });

  it("pick only the spec's named examples", () => {
    talkableFixture("reward_web_hook", {}, { example: "click" });
    // @ts-expect-error reward_web_hook has no example "purchase"
    talkableFixture("reward_web_hook", {}, { example: "purchase" });
    emmaFixture("member_add_to_group", undefined, { example: "all_members" });
  });

  it("DeepPartial recurses into objects and keeps arrays whole", () => {
    interface Shape {
      a: { b: number; c: string[] };
    }
    expectTypeOf<DeepPartial<Shape>>().toEqualTypeOf<{ a?: { b?: number; c?: string[] } }>();
  });
});

describe("deliveries", () => {
  it("are Fetch requests whose options are typed per webhook", () => {
    expectTypeOf(talkableDelivery("referral_web_hook", { key: "k" })).toEqualTypeOf<Request>();
    expectTypeOf(emmaDelivery("member_signup")).toEqualTypeOf<Request>();
    // @ts-expect-error the key is required
    talkableDelivery("referral_web_hook", {});
    talkableDelivery("event_web_hook", { key: "k", overrides: { origin: { subtotal: 1 } } });
    talkableDelivery("event_web_hook", { key: "k", overrides: { origin: { subtotal: "1" } } });
    // @ts-expect-error subtotal is a number or a decimal string
    talkableDelivery("event_web_hook", { key: "k", overrides: { origin: { subtotal: true } } });
    // @ts-expect-error data must be a member_signup payload object
    emmaDelivery("member_signup", { data: "member 1" });
  });
});

describe("msw mocks", () => {
  it("record typed events", () => {
    expectTypeOf(talkableReceiver({ url: "/t" })).toEqualTypeOf<TalkableReceiverMock>();
    expectTypeOf(talkableReceiver({ url: "/t" }).deliveries).toEqualTypeOf<
      readonly TalkableEvent[]
    >();
    expectTypeOf(emmaReceiver({ url: "/e" })).toEqualTypeOf<EmmaReceiverMock>();
    expectTypeOf(emmaReceiver({ url: "/e" }).deliveries).toEqualTypeOf<readonly EmmaEvent[]>();
    talkableReceiver({ url: "/t", unsubscribed: ({ payload }) => payload.recipient.email === "x" });
    // @ts-expect-error the answer is a boolean
    talkableReceiver({ url: "/t", unsubscribed: "no" });
  });

  it("emmaApiHandlers is an array of handlers with its state", () => {
    const api = emmaApiHandlers({ accountId: 1 });
    expectTypeOf(api).toEqualTypeOf<EmmaApiHandlers>();
    expectTypeOf(api.webhooks()).toEqualTypeOf<EmmaSchemas["Webhook"][]>();
    expectTypeOf<(typeof api)["reset"]>().returns.toEqualTypeOf<void>();
  });
});

describe("createEmmaClient", () => {
  const emma = createEmmaClient({ accountId: 1, publicKey: "p", privateKey: "s" });

  it("types data by the spec's 2xx body and error by its error bodies", async () => {
    const list = await emma.listWebhooks();
    expectTypeOf(list.data).toEqualTypeOf<EmmaSchemas["Webhook"][] | undefined>();
    expectTypeOf(list.error).toEqualTypeOf<EmmaSchemas["ErrorResponse"] | undefined>();
    expectTypeOf(list.response).toEqualTypeOf<Response>();
    expectTypeOf((await emma.getWebhook(1)).data).toEqualTypeOf<
      EmmaSchemas["Webhook"] | undefined
    >();
    expectTypeOf((await emma.listEvents()).data).toEqualTypeOf<
      EmmaSchemas["WebhookEvent"][] | undefined
    >();
    expectTypeOf(
      (await emma.createWebhook({ event: "member_add", url: "https://x" })).data,
    ).toEqualTypeOf<number | undefined>();
    expectTypeOf((await emma.updateWebhook(1, { method: "GET" })).data).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf((await emma.deleteWebhook(1)).data).toEqualTypeOf<true | undefined>();
    expectTypeOf((await emma.deleteAllWebhooks()).data).toEqualTypeOf<true | undefined>();
    if (list.error) expectTypeOf(list.data).toEqualTypeOf<undefined>();
    else expectTypeOf(list.data).toEqualTypeOf<EmmaSchemas["Webhook"][]>();
  });

  it("checks request bodies against the spec", () => {
    // @ts-expect-error url is required
    void emma.createWebhook({ event: "member_add" });
    // @ts-expect-error method is POST or GET
    void emma.updateWebhook(1, { method: "PATCH" });
    // @ts-expect-error ids are numbers
    void emma.getWebhook("88");
  });
});

describe("Emma client event names", () => {
  it("suggests the known names and still takes any string", () => {
    expectTypeOf<"member_signup">().toMatchTypeOf<EmmaWebhookEventName>();
    expectTypeOf<"mailing_start">().toMatchTypeOf<EmmaWebhookEventName>();
    expectTypeOf<string>().toMatchTypeOf<EmmaWebhookEventName>();
    expectTypeOf<
      Parameters<EmmaClient["createWebhook"]>[0]["event"]
    >().toEqualTypeOf<EmmaWebhookEventName>();
  });
});
