import { describe, expect, it } from "vitest";
import type { TalkableWebhooksOptions } from "talkable-emma-webhooks/talkable";
import { resolveTalkableSettings } from "../../src/talkable/settings.js";

/** Options as plain JavaScript might pass them, past what the types allow. */
const untyped = (json: string) => JSON.parse(json) as TalkableWebhooksOptions;

describe("resolveTalkableSettings", () => {
  it("takes one key, with the defaults", () => {
    expect(resolveTalkableSettings({ key: "k" })).toEqual({
      keys: new Map([["", ["k"]]]),
      sites: undefined,
      type: undefined,
      unauthenticated: false,
      maxBodyBytes: 1024 * 1024,
      bodyTimeoutMs: 10_000,
      handlerTimeoutMs: 10_000,
      idempotency: undefined,
      handoff: undefined,
    });
  });

  it("takes several keys for rotation, sites, a type and a limit", () => {
    expect(
      resolveTalkableSettings({
        keys: ["new", "old"],
        site: ["shop", "shop-staging"],
        type: "post_share_web_hook",
        maxBodyBytes: 2048,
      }),
    ).toMatchObject({
      keys: new Map([["", ["new", "old"]]]),
      sites: new Set(["shop", "shop-staging"]),
      type: "post_share_web_hook",
      maxBodyBytes: 2048,
    });
  });

  it("takes one site as a string", () => {
    expect(resolveTalkableSettings({ key: "k", site: "shop" }).sites).toEqual(new Set(["shop"]));
  });

  it("takes keys per site", () => {
    const settings = resolveTalkableSettings({ keys: { shop: "k1", outlet: ["k2", "k3"] } });
    expect(settings.keys).toEqual(
      new Map([
        ["shop", ["k1"]],
        ["outlet", ["k2", "k3"]],
      ]),
    );
  });

  it.each([
    [
      "no key at all",
      "{}",
      "talkable-emma-webhooks: give `key` or `keys` (or `allowUnauthenticated: true` for local use only)",
    ],
    [
      "an empty list of keys",
      '{"keys":[]}',
      "talkable-emma-webhooks: give `key` or `keys` (or `allowUnauthenticated: true` for local use only)",
    ],
    [
      "an empty key",
      '{"key":""}',
      "talkable-emma-webhooks: every key must be a non-empty string, not only whitespace",
    ],
    [
      "an empty key in a list",
      '{"keys":["k",""]}',
      "talkable-emma-webhooks: every key must be a non-empty string, not only whitespace",
    ],
    [
      "a whitespace-only key",
      '{"key":" \\t "}',
      "talkable-emma-webhooks: every key must be a non-empty string, not only whitespace",
    ],
    [
      "a whitespace-only key in a list",
      '{"keys":["k","  "]}',
      "talkable-emma-webhooks: every key must be a non-empty string, not only whitespace",
    ],
    [
      "a zero handler deadline",
      '{"key":"k","handlerTimeoutMs":0}',
      "talkable-emma-webhooks: handlerTimeoutMs must be a positive integer",
    ],
    [
      "a handler deadline past what timers can wait",
      '{"key":"k","handlerTimeoutMs":2147483648}',
      "talkable-emma-webhooks: handlerTimeoutMs must be a positive integer",
    ],
    [
      "a zero body deadline",
      '{"key":"k","bodyTimeoutMs":0}',
      "talkable-emma-webhooks: bodyTimeoutMs must be a positive integer",
    ],
    [
      "a body deadline that is not a number",
      '{"key":"k","bodyTimeoutMs":"5000"}',
      "talkable-emma-webhooks: bodyTimeoutMs must be a positive integer",
    ],
    [
      "a fractional body deadline",
      '{"key":"k","bodyTimeoutMs":2.5}',
      "talkable-emma-webhooks: bodyTimeoutMs must be a positive integer",
    ],
    [
      "a body deadline past what timers can wait",
      '{"key":"k","bodyTimeoutMs":2147483648}',
      "talkable-emma-webhooks: bodyTimeoutMs must be a positive integer",
    ],
    ["a site without keys", '{"keys":{"shop":[]}}', "talkable-emma-webhooks: site shop has no key"],
    [
      "a site with an empty key",
      '{"keys":{"shop":""}}',
      "talkable-emma-webhooks: every key of site shop must be a non-empty string, not only whitespace",
    ],
    ["a map naming no site", '{"keys":{}}', "talkable-emma-webhooks: `keys` names no site"],
    [
      "an empty site",
      '{"key":"k","site":""}',
      "talkable-emma-webhooks: every site must be a non-empty string, not only whitespace",
    ],
    [
      "an unknown type",
      '{"key":"k","type":"refund_web_hook"}',
      "talkable-emma-webhooks: unknown webhook type refund_web_hook",
    ],
    [
      "a zero limit",
      '{"key":"k","maxBodyBytes":0}',
      "talkable-emma-webhooks: maxBodyBytes must be a positive integer",
    ],
    [
      "a fractional limit",
      '{"key":"k","maxBodyBytes":1.5}',
      "talkable-emma-webhooks: maxBodyBytes must be a positive integer",
    ],
    [
      "a negative limit",
      '{"key":"k","maxBodyBytes":-1}',
      "talkable-emma-webhooks: maxBodyBytes must be a positive integer",
    ],
  ])("refuses %s", (_name, json, message) => {
    expect(() => resolveTalkableSettings(untyped(json))).toThrow(new TypeError(message));
  });
});
