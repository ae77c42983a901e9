import { expectTypeOf, it } from "vitest";
import {
  emmaApiHandlers,
  emmaApiHttp,
  emmaReceiver,
  talkableReceiver,
  type EmmaApiEventName,
  type EmmaWebhookSeed,
} from "talkable-emma-webhooks/msw";

it("types overrides by the spec: paths, params and bodies per status", () => {
  emmaApiHttp.get("/{account_id}/webhooks", ({ params, response }) => {
    expectTypeOf(params.account_id).toEqualTypeOf<string>();
    // @ts-expect-error a webhook list, not a number
    response(200).json(5);
    return response(401).json({ error: "Authorization failed." });
  });
  // @ts-expect-error not a path of the spec
  emmaApiHttp.get("/{account_id}/mailings", () => undefined);
});

it("types failure injection by operation and error status", () => {
  const api = emmaApiHandlers({ seed: [] });
  api.inject("createWebhook", { status: 503 });
  api.inject("getWebhook", { networkError: true, times: 1 });
  api.inject("listWebhooks", { delayMs: 50 });
  // @ts-expect-error not an operation of the API
  api.inject("listMailings", { status: 500 });
  // @ts-expect-error a success is not a failure
  api.inject("listWebhooks", { status: 200 });
  expectTypeOf(api.requests[0]?.status).toEqualTypeOf<number | "network-error" | undefined>();
});

it("suggests Emma's event names and still takes any string", () => {
  expectTypeOf<"member_signup">().toExtend<EmmaApiEventName>();
  expectTypeOf<"mailing_start">().toExtend<EmmaApiEventName>();
  expectTypeOf<string>().toExtend<EmmaApiEventName>();
  const seed: EmmaWebhookSeed = { event: "member_signup", url: "https://a.test" };
  expectTypeOf(seed.event).toEqualTypeOf<EmmaApiEventName>();
  // @ts-expect-error a URL is required
  emmaApiHandlers({ seed: [{ event: "member_signup" }] });
});

it("types receiver deliveries by type", () => {
  const talkable = talkableReceiver({ url: "https://a.test/t" });
  expectTypeOf(talkable.deliveriesOf("referral_web_hook")[0]?.type).toEqualTypeOf<
    "referral_web_hook" | undefined
  >();
  const emma = emmaReceiver({ url: "https://a.test/e" });
  expectTypeOf(emma.deliveriesOf("member_optout")[0]?.event_name).toEqualTypeOf<
    "member_optout" | undefined
  >();
  // @ts-expect-error not an Emma event
  emma.deliveriesOf("member_singup");
});
