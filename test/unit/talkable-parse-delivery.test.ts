import { describe, expect, it } from "vitest";
import { WebhookError } from "talkable-emma-webhooks/talkable";
import { parseTalkableDelivery } from "../../src/talkable/parse-delivery.js";
import { resolveTalkableSettings } from "../../src/talkable/settings.js";
import { firstTalkableExample } from "../support/wire.js";

const referral = firstTalkableExample("referral_web_hook");
const payloadText = JSON.stringify(referral.payload);

function body(fields: Record<string, string | undefined>): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined) form.set(name, value);
  return form.toString();
}

const valid = { key: "k", site: "shop", type: "referral_web_hook", payload: payloadText };
const anySite = resolveTalkableSettings({ key: "k" });

function refusal(text: string, settings = anySite): WebhookError {
  try {
    parseTalkableDelivery(text, settings);
  } catch (error) {
    if (error instanceof WebhookError) return error;
    throw error;
  }
  throw new Error("the delivery was accepted");
}

describe("parseTalkableDelivery", () => {
  it("returns the typed event with site, payload and extras", () => {
    expect(parseTalkableDelivery(body({ ...valid, extras: '{"a":1}' }), anySite)).toEqual({
      type: "referral_web_hook",
      site: "shop",
      payload: referral.payload,
      extras: { a: 1 },
    });
  });

  it("leaves site and extras undefined when absent or empty", () => {
    const event = parseTalkableDelivery(body({ ...valid, site: undefined, extras: "" }), anySite);
    expect(event.site).toBeUndefined();
    expect(event.extras).toBeUndefined();
  });

  it.each([
    ["no key", { ...valid, key: undefined }, "the delivery has no key field"],
    ["an empty key", { ...valid, key: "" }, "the delivery has no key field"],
    ["a wrong key", { ...valid, key: "x" }, "the key does not match"],
    [
      "a wrong key before an unknown type",
      { ...valid, key: "x", type: "nope" },
      "the key does not match",
    ],
  ])("refuses %s with 401", (_name, fields, message) => {
    const error = refusal(body(fields));
    expect(error).toMatchObject({
      code: "unauthorized",
      message: `talkable-emma-webhooks: ${message}`,
    });
  });

  describe("with sites", () => {
    const sited = resolveTalkableSettings({ key: "k", site: ["shop", "outlet"] });
    const perSite = resolveTalkableSettings({ keys: { shop: "k", outlet: ["o1", "o2"] } });

    it("accepts a listed site and refuses another or none", () => {
      expect(parseTalkableDelivery(body({ ...valid, site: "outlet" }), sited).site).toBe("outlet");
      expect(refusal(body({ ...valid, site: "mall" }), sited).message).toMatch(
        /site is not accepted/,
      );
      expect(refusal(body({ ...valid, site: undefined }), sited).code).toBe("unauthorized");
    });

    it("checks the key of the site the delivery names", () => {
      expect(
        parseTalkableDelivery(body({ ...valid, site: "outlet", key: "o2" }), perSite).site,
      ).toBe("outlet");
      expect(refusal(body({ ...valid, site: "outlet", key: "k" }), perSite).message).toMatch(
        /key does not match/,
      );
      const unknownSite = refusal(body({ ...valid, site: "mall" }), perSite);
      expect(unknownSite.message).toMatch(/names no site this receiver has a key for/);
      expect(refusal(body({ ...valid, site: undefined }), perSite).code).toBe("unauthorized");
    });
  });

  describe("the type", () => {
    const postShare = resolveTalkableSettings({ key: "k", type: "post_share_web_hook" });
    const share = firstTalkableExample("post_share_web_hook").payload;

    it("refuses a delivery without type when none is configured", () => {
      const error = refusal(body({ ...valid, type: undefined }));
      expect(error).toMatchObject({ code: "malformed_body", status: 400 });
      expect(error.details.map((detail) => detail.pointer)).toEqual(["/type"]);
    });

    it.each([undefined, ""])("uses the configured type when the field is %j", (type) => {
      const event = parseTalkableDelivery(
        body({ ...valid, type, payload: JSON.stringify(share) }),
        postShare,
      );
      expect(event).toMatchObject({ type: "post_share_web_hook", payload: share });
    });

    it("refuses another type than the configured one", () => {
      const error = refusal(body(valid), postShare);
      expect(error).toMatchObject({ code: "unknown_webhook", details: [{ pointer: "/type" }] });
    });

    it("refuses an unknown type, quoting at most 64 of its characters", () => {
      const error = refusal(body({ ...valid, type: "x".repeat(100) }));
      expect(error.code).toBe("unknown_webhook");
      expect(error.message).toBe(
        `talkable-emma-webhooks: this receiver does not handle webhook type "${"x".repeat(64)}"`,
      );
    });

    it("refuses inherited property names as types", () => {
      for (const type of ["constructor", "__proto__", "toString"]) {
        expect(refusal(body({ ...valid, type })).code).toBe("unknown_webhook");
      }
    });
  });

  it.each([
    ["no payload", { ...valid, payload: undefined }, "malformed_body", "/payload"],
    ["a payload that is not JSON", { ...valid, payload: "{" }, "malformed_body", "/payload"],
    ["extras that are not an object", { ...valid, extras: "[]" }, "malformed_body", "/extras"],
    [
      "a payload contradicting the schema",
      { ...valid, payload: '{"campaign":{"id":1}}' },
      "invalid_payload",
      "/payload/offer",
    ],
  ])("refuses %s", (_name, fields, code, pointer) => {
    const error = refusal(body(fields));
    expect(error.code).toBe(code);
    expect(error.details[0]?.pointer).toBe(pointer);
  });
});
