import { createServer } from "node:http";
import express from "express";
import { describe, expectTypeOf, it } from "vitest";
import {
  type EmmaEvent,
  type EmmaEventName,
  type EmmaEventOf,
  type EmmaPayloads,
  createEmmaWebhooks,
} from "talkable-emma-webhooks/emma";
import { type NodeMiddleware, toNodeMiddleware } from "talkable-emma-webhooks/node";
import {
  type HandleContext,
  type TalkableEvent,
  type TalkableEventOf,
  type TalkableHandlerResult,
  type TalkablePayloads,
  type TalkableWebhookType,
  type WebhookError,
  createTalkableWebhooks,
} from "talkable-emma-webhooks/talkable";

const webhooks = createTalkableWebhooks({ key: "k" });
const emma = createEmmaWebhooks({ token: "t" });
type Extras = Readonly<Record<string, unknown>> | undefined;

describe("Talkable handlers", () => {
  it("give each webhook's handler its own payload type", () => {
    webhooks.on("referral_web_hook", (e) => {
      expectTypeOf(e.payload).toEqualTypeOf<TalkablePayloads["referral_web_hook"]>();
      expectTypeOf(e.type).toEqualTypeOf<"referral_web_hook">();
      expectTypeOf(e.site).toEqualTypeOf<string | undefined>();
      expectTypeOf(e.extras).toEqualTypeOf<Extras>();
    });
    webhooks.on("reward_web_hook", (e) => {
      expectTypeOf(e.payload).toEqualTypeOf<TalkablePayloads["reward_web_hook"]>();
    });
    webhooks.on("post_share_web_hook", (e) => {
      expectTypeOf(e.payload).toEqualTypeOf<TalkablePayloads["post_share_web_hook"]>();
    });
    // eslint-disable-next-line @typescript-eslint/require-await -- async on purpose: async handlers get typed events too
    webhooks.on("create_coupon_web_hook", async (e) => {
      expectTypeOf(e.payload).toEqualTypeOf<TalkablePayloads["create_coupon_web_hook"]>();
    });
    webhooks.on("offer_signup_web_hook", (e) => {
      expectTypeOf(e.payload).toEqualTypeOf<TalkablePayloads["offer_signup_web_hook"]>();
    });
    webhooks.on("claim_signup_web_hook", (e) => {
      expectTypeOf(e.payload).toEqualTypeOf<TalkablePayloads["claim_signup_web_hook"]>();
    });
    webhooks.on("unsubscribe_web_hook", (e) => {
      expectTypeOf(e.payload).toEqualTypeOf<TalkablePayloads["unsubscribe_web_hook"]>();
    });
    webhooks.on("event_web_hook", (e) => {
      expectTypeOf(e).toEqualTypeOf<TalkableEventOf<"event_web_hook">>();
    });
    webhooks.on("check_unsubscribe_web_hook", (e) => {
      expectTypeOf(e.payload).toEqualTypeOf<TalkablePayloads["check_unsubscribe_web_hook"]>();
      return { unsubscribed: e.payload.recipient.email.endsWith("@example.org") };
    });
  });

  it("make Check Unsubscribe handlers answer { unsubscribed: boolean }", () => {
    expectTypeOf<TalkableHandlerResult<"check_unsubscribe_web_hook">>().toEqualTypeOf<{
      unsubscribed: boolean;
    }>();
    expectTypeOf<TalkableHandlerResult<"referral_web_hook">>().toEqualTypeOf<void>();
    webhooks.on("check_unsubscribe_web_hook", () => Promise.resolve({ unsubscribed: false }));
    // @ts-expect-error: unsubscribed must be a boolean
    webhooks.on("check_unsubscribe_web_hook", () => ({ unsubscribed: "yes" }));
    // @ts-expect-error: an async handler must resolve to the answer too
    webhooks.on("check_unsubscribe_web_hook", () => Promise.resolve({ unsubscribed: 1 }));
    // @ts-expect-error: a handler returning nothing cannot answer
    webhooks.on("check_unsubscribe_web_hook", () => {
      // answers nothing
    });
    // @ts-expect-error: the answer is the inner `result`, not the whole JSON body
    webhooks.on("check_unsubscribe_web_hook", () => ({ result: { unsubscribed: true } }));
  });

  it("refuse unknown webhook types", () => {
    // @ts-expect-error: not a Talkable webhook
    webhooks.on("refund_web_hook", () => undefined);
  });

  it("narrow onAny events by type", () => {
    webhooks.onAny((event) => {
      expectTypeOf(event).toEqualTypeOf<TalkableEvent>();
      expectTypeOf(event.type).toEqualTypeOf<TalkableWebhookType>();
      if (event.type === "post_share_web_hook") {
        expectTypeOf(event.payload).toEqualTypeOf<TalkablePayloads["post_share_web_hook"]>();
        expectTypeOf(event.payload.share_type).not.toBeAny();
      }
      if (event.type === "check_unsubscribe_web_hook") {
        expectTypeOf(event.payload.recipient.email).toEqualTypeOf<string>();
      }
      // @ts-expect-error: share_type exists on post share payloads only, so narrow first
      void event.payload.share_type;
    });
  });

  it("type onError, handle and verifyAndParse", () => {
    webhooks.onError((error) => {
      expectTypeOf(error).toEqualTypeOf<WebhookError>();
      expectTypeOf(error.code).toEqualTypeOf<WebhookError["code"]>();
    });
    expectTypeOf<(typeof webhooks)["handle"]>().parameters.toEqualTypeOf<
      [request: Request, context?: HandleContext]
    >();
    // A Cloudflare Worker's `ctx` fits the context as it is.
    expectTypeOf<{ waitUntil(promise: Promise<unknown>): void }>().toExtend<HandleContext>();
    expectTypeOf<(typeof webhooks)["handle"]>().returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf(webhooks.verifyAndParse("")).toEqualTypeOf<Promise<TalkableEvent>>();
  });

  it("require a key, and one way of giving keys only", () => {
    // @ts-expect-error: no key
    createTalkableWebhooks({});
    // @ts-expect-error: no key, only a site
    createTalkableWebhooks({ site: "shop" });
    // @ts-expect-error: key and keys together
    createTalkableWebhooks({ key: "a", keys: ["b"] });
    // @ts-expect-error: not a webhook type
    createTalkableWebhooks({ key: "a", type: "refund_web_hook" });
    createTalkableWebhooks({ keys: ["new", "old"], site: ["shop"], type: "post_share_web_hook" });
    createTalkableWebhooks({ keys: { shop: "k1", outlet: ["k2", "k3"] }, maxBodyBytes: 65_536 });
  });
});

describe("Emma handlers", () => {
  it("give each event's handler its own data type", () => {
    emma.on("message_click", (e) => {
      expectTypeOf(e.data).toEqualTypeOf<EmmaPayloads["message_click"]>();
      expectTypeOf(e.event_name).toEqualTypeOf<"message_click">();
    });
    // eslint-disable-next-line @typescript-eslint/require-await -- async on purpose: async handlers get typed events too
    emma.on("member_signup", async (e) => {
      expectTypeOf(e).toEqualTypeOf<EmmaEventOf<"member_signup">>();
      expectTypeOf(e.data).toEqualTypeOf<EmmaPayloads["member_signup"]>();
    });
    emma.on("member_status_update", (e) => {
      expectTypeOf(e.data).toEqualTypeOf<EmmaPayloads["member_status_update"]>();
    });
    // @ts-expect-error: not an Emma event
    emma.on("message_explode", () => undefined);
  });

  it("narrow onAny events by event_name", () => {
    emma.onAny((event) => {
      expectTypeOf(event).toEqualTypeOf<EmmaEvent>();
      expectTypeOf(event.event_name).toEqualTypeOf<EmmaEventName>();
      if (event.event_name === "message_click") {
        expectTypeOf(event.data).toEqualTypeOf<EmmaPayloads["message_click"]>();
      }
    });
  });

  it("type the options and verifyAndParse", () => {
    createEmmaWebhooks({ token: ["new", "old"], tokenHeader: "x-token", accountId: [1759] });
    createEmmaWebhooks({ allowUnauthenticated: true });
    // @ts-expect-error: a token is text
    createEmmaWebhooks({ token: 1 });
    expectTypeOf(emma.verifyAndParse("", { token: "t" })).toEqualTypeOf<Promise<EmmaEvent>>();
  });
});

describe("Node adapter", () => {
  it("adapts both receivers to http.createServer and to Express routes", () => {
    const middleware = toNodeMiddleware(webhooks, { path: "/talkable" });
    expectTypeOf(middleware).toEqualTypeOf<NodeMiddleware>();
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the test is that it fits createServer's listener type
    createServer(middleware);
    express().post("/emma", toNodeMiddleware(emma));
    // @ts-expect-error: only something with handle(request) can be adapted
    toNodeMiddleware({ handle: (body: string) => body });
  });
});
