import { describe, expect, it } from "vitest";
import { WebhookError } from "talkable-emma-webhooks/talkable";
import {
  parseTalkableDelivery as parseWithId,
  recheckTalkableEvent,
} from "../../src/talkable/parse-delivery.js";
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

/** The event a body becomes (its id is the hash of the parts checked here). */
function parseTalkableDelivery(text: string, settings: typeof anySite) {
  const { event, idParts } = parseWithId(text, settings);
  expect(idParts).toEqual([
    "talkable",
    event.type,
    event.site,
    new URLSearchParams(text).get("payload"),
  ]);
  return event;
}

function refusal(text: string, settings = anySite): WebhookError {
  try {
    parseWithId(text, settings);
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
      test: false,
    });
  });

  it.each([
    ["a Latin-1 note a proxy added", "&note=caf%E9", { note: "caf%E9" }, false],
    ["a name that is not UTF-8", "&caf%E9=1", { "caf%E9": "1" }, false],
    ["a test value that is not UTF-8 (counted as a test send)", "&test=%FF", undefined, true],
  ])(
    "accepts a field it does not need whose escapes are not UTF-8: %s, kept as sent",
    (_name, extra, fields, test) => {
      const { event } = parseWithId(`${body(valid)}${extra}`, anySite);
      expect(event.payload).toEqual(referral.payload);
      expect(event.fields).toEqual(fields);
      expect(event.test).toBe(test);
    },
  );

  it("still refuses a payload whose escapes are not UTF-8", () => {
    const text = `key=k&type=referral_web_hook&payload=%7B%22a%22%3A%22%E9%22%7D`;
    expect(refusal(text)).toMatchObject({ code: "malformed_body" });
  });

  it("checks the key before decoding the payload and extras: a forged body is 401, never 400", () => {
    // A forged body costs the split only: its payload is never decoded, whatever it holds.
    const undecodable = "%E9%zz".repeat(1000);
    const text = `key=x&type=referral_web_hook&payload=${undecodable}&extras=${undecodable}`;
    expect(refusal(text)).toMatchObject({ code: "unauthorized" });
    expect(refusal(text.replace("key=x", "key=k"))).toMatchObject({ code: "malformed_body" });
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

    it("accepts a listed site, refuses another, and takes none when the key matches", () => {
      expect(parseTalkableDelivery(body({ ...valid, site: "outlet" }), sited).site).toBe("outlet");
      expect(refusal(body({ ...valid, site: "mall" }), sited).message).toMatch(
        /site is not accepted/,
      );
      expect(
        parseTalkableDelivery(body({ ...valid, site: undefined }), sited).site,
      ).toBeUndefined();
      expect(refusal(body({ ...valid, site: undefined, key: "x" }), sited).code).toBe(
        "unauthorized",
      );
    });

    it("gives a delivery without site the one configured site", () => {
      const one = resolveTalkableSettings({ key: "k", site: "shop" });
      expect(parseTalkableDelivery(body({ ...valid, site: undefined }), one).site).toBe("shop");
    });

    it("checks the key of the site the delivery names", () => {
      expect(
        parseTalkableDelivery(body({ ...valid, site: "outlet", key: "o2" }), perSite).site,
      ).toBe("outlet");
      expect(refusal(body({ ...valid, site: "outlet", key: "k" }), perSite).message).toMatch(
        /key does not match/,
      );
      const unknownSite = refusal(body({ ...valid, site: "mall" }), perSite);
      expect(unknownSite.message).toMatch(/no key is configured for the site/);
    });

    it("gives a delivery without site the site whose key matched", () => {
      const withoutSite = { ...valid, site: undefined };
      expect(parseTalkableDelivery(body({ ...withoutSite, key: "o1" }), perSite).site).toBe(
        "outlet",
      );
      expect(parseTalkableDelivery(body({ ...withoutSite, key: "k" }), perSite).site).toBe("shop");
      expect(refusal(body({ ...withoutSite, key: "x" }), perSite).code).toBe("unauthorized");
    });

    it("accepts anything, keeping the named site, only when allowed and no key is configured", () => {
      const open = resolveTalkableSettings({ allowUnauthenticated: true });
      expect(parseTalkableDelivery(body({ ...valid, key: undefined }), open).site).toBe("shop");
    });
  });

  describe("the type", () => {
    const postShare = resolveTalkableSettings({ key: "k", type: "post_share_web_hook" });
    const share = firstTalkableExample("post_share_web_hook").payload;

    it("refuses a delivery without type that several schemas accept when none is configured", () => {
      const event = JSON.stringify(firstTalkableExample("event_web_hook").payload);
      const error = refusal(body({ ...valid, type: undefined, payload: event }));
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

describe("recheckTalkableEvent", () => {
  const event = {
    id: "d1",
    type: "referral_web_hook",
    site: "shop",
    payload: referral.payload,
    extras: undefined,
    test: false,
    fields: undefined,
  };

  it("passes an event that is still valid", () => {
    expect(recheckTalkableEvent(event)).toBe(event);
  });

  it("reads an event queued before `test` existed as a live send", () => {
    const older: Record<string, unknown> = { ...event };
    delete older["test"];
    expect(recheckTalkableEvent(older)).toEqual({ ...older, test: false });
  });

  it.each([
    ["no id", { ...event, id: 1 }, "malformed_body"],
    ["a site that is not text", { ...event, site: 5 }, "malformed_body"],
    ["extras that are not an object", { ...event, extras: [1] }, "malformed_body"],
    ["an unknown type", { ...event, type: "refund_web_hook" }, "unknown_webhook"],
    ["a payload that broke", { ...event, payload: { campaign: {} } }, "invalid_payload"],
    [
      "a prototype key",
      { ...event, payload: JSON.parse('{"__proto__":{"x":1}}') as object },
      "invalid_payload",
    ],
    ["not an object", "referral", "malformed_body"],
  ])("refuses an event with %s", (_name, value, code) => {
    let caught: unknown;
    try {
      recheckTalkableEvent(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code });
  });
});
